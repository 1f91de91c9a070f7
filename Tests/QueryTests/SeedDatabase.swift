import Foundation
import Ingest
import Store

/// A database holding the five seeds, ingested once for all query tests (read-only use).
enum SeedDatabase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-query-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            TemporaryFoldersAtExit.remove(folder)
            let path = folder.appendingPathComponent("seeds.db").path
            let db = try Database(path: path)
            let lexicons = try Lexicons(folder: root.appendingPathComponent("data/lexicon"))
            _ = try IngestRunner(db: db, lexicons: lexicons).run(paths: [root.appendingPathComponent("data/sources").path])
            return path
        } catch {
            fatalError("cannot build the seed database: \(error)")
        }
    }()

    /// A read-only connection, as the CLI opens for questions.
    static func open() throws -> Database { try Database(path: path, mode: .readOnly) }
}
