import ArgumentParser
import Query
import Store

/// `argkb sql "SELECT ..."`: any read-only query, on a read-only connection.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only SQL query and print the rows.",
        discussion: """
            The connection is opened read-only, ATTACH is refused and extensions cannot be loaded:
            nothing a query says can change the database. Parameters are bound with --param.
            Example: argkb sql "SELECT title, published FROM sources WHERE published > ?" --param 2021-01-01
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The SQL query.")
    var query: String

    @Option(name: .customLong("param"), help: "A value for the next ? parameter (repeatable).")
    var parameters: [String] = []

    func run() throws {
        let db = try database.openForReading()
        db.restrictToQueries()
        let statement = try db.prepare(query)
        guard !statement.isFollowedByAnotherStatement else {
            throw QueryError.invalid("argkb sql runs one statement; remove what follows the first ';' (refused)")
        }
        guard statement.isReadOnly else {
            throw QueryError.invalid("argkb sql runs read-only queries; this statement would write (refused)")
        }
        output.print(Listing(rows: try statement.rows(parameters), columns: statement.columnNames))
    }
}
