import ArgumentParser
import Foundation
import Store

/// `argkb init`: creates an empty database with the schema.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database with argkb's schema (schema.sql).",
        discussion: "Does nothing to an existing argkb database of this version; --force starts over.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Delete an existing argkb database first (never anything else: a folder, another program's file).")
    var force = false

    func run() throws {
        let path = try database.checkedPath()
        if force { try Database.removeArgkbDatabase(at: path) }
        let db = try database.openForWriting()
        let tables = try db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'")?.int ?? 0
        Output.warn("\(path): argkb schema version \(try db.userVersion()), \(tables) tables")
    }
}
