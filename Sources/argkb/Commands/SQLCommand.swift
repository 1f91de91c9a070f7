import ArgumentParser
import Foundation
import Query
import Store

/// `argkb sql "SELECT ..."`: any read-only query, on a read-only connection.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only SQL query and print the rows.",
        discussion: """
            The connection is opened read-only, ATTACH is refused, extensions cannot be loaded and
            functions that reach outside the database are denied: nothing a query says can change
            the database. A query is stopped after --timeout seconds (default 10), and its
            temporary data stays in memory. Parameters are bound with --param.
            Example: argkb sql "SELECT title, published FROM sources WHERE published > ?" --param 2021-01-01
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The SQL query.")
    var query: String

    @Option(name: .customLong("param"), help: "A value for the next ? parameter (repeatable).")
    var parameters: [String] = []

    @Option(help: "Stop a query that runs longer than this many seconds (0: no limit).")
    var timeout: Double = 10

    func validate() throws {
        guard timeout >= 0, timeout.isFinite else { throw ValidationError("--timeout must be 0 or more seconds") }
    }

    func run() throws {
        let db = try database.openForReading()
        try db.restrictToQueries(timeLimit: timeout)
        let statement = try db.prepare(query)
        guard !statement.isFollowedByAnotherStatement else {
            throw QueryError.invalid("argkb sql runs one statement; remove what follows the first ';' (refused)")
        }
        guard statement.isReadOnly else {
            throw QueryError.invalid("argkb sql runs read-only queries; this statement would write (refused)")
        }
        let rows: [Row]
        do {
            rows = try statement.rows(parameters)
        } catch let error as DatabaseError where error.isInterrupted {
            throw QueryError.invalid("the query ran longer than \(String(format: "%g", timeout)) s and was stopped (--timeout)")
        }
        try output.print(Listing(rows: rows, columns: statement.columnNames))
    }
}
