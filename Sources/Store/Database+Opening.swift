import Foundation

/// How the commands open a database: for reading (an existing argkb database, with a clear error
/// when there is none) or for writing (created or upgraded).
extension Database {
    /// Opens an existing argkb database for reading, with a clear error when there is none.
    ///
    /// A read-only WAL database needs its `-shm` file; in a folder the user cannot write, where
    /// SQLite cannot create it and no `-wal` file is pending, the file is read as immutable.
    ///
    /// - Throws: `SchemaError.missing` when the file does not exist, `.notAFile` for a folder;
    ///   `SchemaError` for a database of another version; `DatabaseError` when the file is not a database.
    public static func openExisting(path: String, readOnly: Bool) throws -> Database {
        if path != ":memory:" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SchemaError.missing(path: path)
            }
            if isDirectory.boolValue { throw SchemaError.notAFile(path: path) }
        }
        let db: Database
        do {
            db = try Database(path: path, mode: readOnly ? .readOnly : .readWrite(create: false))
        } catch let error as DatabaseError
            where readOnly && error.isReadOnly && !FileManager.default.fileExists(atPath: path + "-wal")
        {
            db = try Database(path: path, mode: .immutable)
        }
        try db.checkSchemaVersion()
        return db
    }

    /// Opens an argkb database for writing, creating the file and its schema when missing.
    ///
    /// What the file holds is checked on a read-only connection first, so a file argkb refuses (a
    /// foreign or newer database, a damaged file) is left exactly as it was: a read-write connection
    /// would switch it to WAL. A file or folder the user cannot write is refused with that reason.
    ///
    /// - Throws: `SchemaError` (`.notAFile`, `.notWritable`, `.notArgkb`, `.versionMismatch`), or
    ///   `DatabaseError` when the file is not a database.
    public static func openForWriting(path: String) throws -> Database {
        if path != ":memory:" {
            let files = FileManager.default
            var isDirectory: ObjCBool = false
            let exists = files.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue { throw SchemaError.notAFile(path: path) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if exists && !files.isWritableFile(atPath: path) {
                throw SchemaError.notWritable(path: path, reason: "the file is read-only")
            }
            if files.fileExists(atPath: folder) && !files.isWritableFile(atPath: folder) {
                throw SchemaError.notWritable(
                    path: path,
                    reason:
                        "its folder \(folder) is not writable (SQLite keeps \(URL(fileURLWithPath: path).lastPathComponent)-wal and -shm beside it)"
                )
            }
            if exists {
                let probe = try Database(path: path, mode: .readOnly)
                // An older version passes: prepareSchema below upgrades it, in one transaction.
                if try !probe.isEmpty() { try probe.checkSchemaVersion(upgradable: true) }
            }
        }
        let db = try Database(path: path)
        try db.prepareSchema()
        return db
    }
}
