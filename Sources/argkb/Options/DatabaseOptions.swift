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

    /// Opens the existing database read-only (for every command that only reads).
    func openForReading() throws -> Database {
        try Database.openExisting(path: path, readOnly: true)
    }

    /// Opens the database for writing, creating it and its schema when missing.
    func openForWriting() throws -> Database {
        try Database.openForWriting(path: path)
    }
}
