internal import CSQLite
import Foundation

/// Settings for a connection that writes many rows (an ingest).
extension Database {
    /// Gives the connection a larger page cache and fewer WAL checkpoints, for a long run of writes.
    ///
    /// With SQLite's default 2 MB cache, a batch of documents spills dirty index pages to the WAL
    /// before its commit and writes them again at the commit; and a checkpoint every 1,000 pages
    /// copies hot index pages back to the database file over and over. Both are the same pages
    /// written several times (perf showed `pwrite` as a fifth of the writer's time).
    ///
    /// - Parameters:
    ///   - cacheMegabytes: the page cache, an upper bound (SQLite allocates it as pages are used),
    ///     so memory stays flat whatever the number of documents.
    ///   - checkpointPages: WAL pages between automatic checkpoints (16,384 pages of 4 KiB: 64 MiB).
    public func tuneForBulkWrites(cacheMegabytes: Int = 32, checkpointPages: Int = 16_384) throws {
        try execute("PRAGMA cache_size = -\(cacheMegabytes * 1024)")
        try execute("PRAGMA wal_autocheckpoint = \(checkpointPages)")
    }

    /// Gives back SQLite's default cache and checkpoint interval once the bulk writes are done, so
    /// the memory of the cache is free for what follows (cross-source linking, at the end of an
    /// ingest, reuses it instead of adding to it).
    public func endBulkWrites() throws {
        try execute("PRAGMA cache_size = -2000")
        try execute("PRAGMA wal_autocheckpoint = 1000")
    }
}
