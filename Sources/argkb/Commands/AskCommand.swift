import ArgumentParser
import Query

/// `argkb ask "QUESTION"`: answers a question in plain English.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question in plain English, with sources, verdicts and evidence sentences.",
        discussion: """
            Examples:
              argkb ask "which sources call an alliance improbable"
              argkb ask "who says an alliance is possible"
              argkb ask "which sources are against an alliance"
              argkb ask "what is the most skeptical source"
            --explain prints how the question was read and the SQL that answered it, ready for sqlite3.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The question.") var question: String

    @Flag(help: "Print how the question was read and the SQL it ran.") var explain = false

    @Option(help: "At most this many answer rows.") var limit = Asker.defaultLimit

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        let answer = try Asker(db: try database.openForReading()).ask(question, limit: limit)
        try output.print(answer.listing)
        for note in answer.notes { Output.warn(note) }
        if explain, let plan = answer.plan {
            let text = ExplainText.render(plan, database: database.path)
            // In table format the SQL follows the answer; machine formats keep stdout parseable.
            if output.format == .table { try Output.write("\n" + text) } else { Output.warn(text) }
        }
        if answer.plan == nil && answer.listing.rows.isEmpty { throw ExitCode.failure }
    }
}
