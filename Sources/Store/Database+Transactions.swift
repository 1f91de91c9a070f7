/// Transactions.
extension Database {
    /// Runs `body` inside `BEGIN IMMEDIATE ... COMMIT`, rolling back when it throws.
    ///
    /// IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout) at BEGIN
    /// instead of failing half-way. The first error is rethrown; a failed ROLLBACK does not hide it.
    /// See <https://sqlite.org/lang_transaction.html>.
    ///
    /// ```swift
    /// try db.inTransaction {
    ///     try db.execute("DELETE FROM sources WHERE id = ?", [id])
    ///     try db.execute("INSERT INTO sources ...", values)
    /// }
    /// ```
    @discardableResult
    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        return result
    }

    /// Runs `body` inside `SAVEPOINT name ... RELEASE name`, rolling back to the savepoint when it
    /// throws: a part of a longer transaction that fails alone
    /// (<https://sqlite.org/lang_savepoint.html>).
    @discardableResult
    public func inSavepoint<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }
}
