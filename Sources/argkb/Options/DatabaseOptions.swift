import ArgumentParser
import Foundation
import Store

/// `--db PATH`, shared by every command: the database file, else `$ARGKB_DB`, else `./argkb.db`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $ARGKB_DB, else ./argkb.db).", valueName: "path"))
    var db: String?

    /// The path in force.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ARGKB_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "argkb.db"
    }

    /// The path in force, refused when it cannot name a database file: an in-memory database
    /// (`:memory:`, which would keep nothing) or a path ending in `/` (a folder).
    /// - Throws: `ValidationError` (exit code 64) saying why.
    func checkedPath() throws -> String {
        let path = self.path
        if path == ":memory:" || path.hasPrefix(":memory:") {
            throw ValidationError(
                "\(path) is an in-memory database, which keeps nothing once argkb exits; give --db (or ARGKB_DB) a file path")
        }
        if path.hasSuffix("/") {
            throw ValidationError("\(path) names a folder, not a database file; give --db a file path such as \(path)argkb.db")
        }
        return path
    }

    /// Opens the existing database read-only (for every command that only reads).
    func openForReading() throws -> Database {
        try Database.openExisting(path: try checkedPath(), readOnly: true)
    }

    /// Opens the database for writing, creating it and its schema when missing.
    /// After an upgrade it says so on standard error, with what `VACUUM` would give back (the 7 → 8
    /// upgrade frees the sentences' second copy of their text, which SQLite keeps in the file).
    func openForWriting() throws -> Database {
        let path = try checkedPath()
        let db = try Database.openForWriting(path: path)
        if let old = db.upgradedFrom {
            let free = try db.freeBytes()
            var note = "\(path): upgraded from schema version \(old) to \(Database.schemaVersion)"
            if free >= 1_000_000 {
                note += "; `sqlite3 \(path) VACUUM` gives back the \(free / 1_000_000) MB it freed"
            }
            Output.warn(note)
        }
        return db
    }
}
