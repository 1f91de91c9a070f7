import Foundation

/// Folders of the databases the query tests share, removed when the test process exits: a static
/// database outlives every test, so no test can remove it, and each run used to leave one behind.
enum TemporaryFoldersAtExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [URL] = []
    private static let registered: Void = { atexit { TemporaryFoldersAtExit.removeAll() } }()

    /// Removes `folder` and everything in it when the process exits normally.
    static func remove(_ folder: URL) {
        _ = registered
        lock.lock()
        defer { lock.unlock() }
        folders.append(folder)
    }

    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }
}
