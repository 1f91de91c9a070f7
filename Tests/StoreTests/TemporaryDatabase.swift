import Foundation

@testable import Store

/// A fresh database file in a new temporary folder, removed when the value goes away.
final class TemporaryDatabase {
    let folder: URL
    let path: String
    let db: Database

    init(schema: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("test.db").path
        db = try Database(path: path)
        if schema { try db.prepareSchema() }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
