import Store

/// The first load of an empty database, as one transaction that builds the indexes after the rows
/// (`Database+BulkLoad`): SQLite sorts each index once instead of keeping it in step with every
/// row, and foreign keys are checked once, before commit.
///
/// ```swift
/// let bulk = try BulkLoad.begin(db: db, files: 10_000, minimum: BulkLoad.defaultMinimum)
/// // ... write the batches, each in a savepoint ...
/// try bulk?.commit()
/// ```
/// A run killed during the load leaves the empty database it found (the transaction never
/// commits); one that throws rolls back (`abandon`). Runs into a database that holds sources keep
/// a transaction a batch, so what they commit stays.
final class BulkLoad {
    /// Files from which a bulk load pays (below it the indexes cost little either way: measured in
    /// `make bench`).
    static let defaultMinimum = 200

    private let db: Database
    private var open = true

    private init(db: Database) {
        self.db = db
    }

    /// Starts a bulk load when the database holds no source and the run has `minimum` files or
    /// more: foreign keys off for the load, the write lock taken, the indexes dropped.
    static func begin(db: Database, files: Int, minimum: Int) throws -> BulkLoad? {
        guard files >= minimum, try db.scalar("SELECT count(*) FROM (SELECT 1 FROM sources LIMIT 1)")?.int == 0 else {
            return nil
        }
        // PRAGMA foreign_keys is a no-op inside a transaction: set before BEGIN.
        try db.execute("PRAGMA foreign_keys = OFF")
        do {
            try db.execute("BEGIN IMMEDIATE")
        } catch {
            try? db.execute("PRAGMA foreign_keys = ON")
            throw error
        }
        let load = BulkLoad(db: db)
        do {
            // Another run may have stored sources between the count and the lock.
            guard try db.scalar("SELECT count(*) FROM (SELECT 1 FROM sources LIMIT 1)")?.int == 0 else {
                load.abandon()
                return nil
            }
            try db.dropBulkLoadIndexes()
        } catch {
            load.abandon()
            throw error
        }
        return load
    }

    /// Builds the indexes, checks the foreign keys and commits; on any failure rolls back.
    func commit() throws {
        guard open else { return }
        do {
            try db.finishBulkLoad()
            try db.execute("COMMIT")
            open = false
            try db.execute("PRAGMA foreign_keys = ON")
        } catch {
            abandon()
            throw error
        }
    }

    /// Rolls the load back (nothing of it stays) and turns foreign keys on again.
    func abandon() {
        guard open else { return }
        open = false
        try? db.execute("ROLLBACK")
        try? db.execute("PRAGMA foreign_keys = ON")
    }
}
