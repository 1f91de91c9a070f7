import ArgumentParser

@main
struct Argkb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argkb",
        abstract: "Turn a folder of articles into an argument knowledge base in SQLite, and ask it questions.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, IngestCommand.self, SourcesCommand.self, ShowCommand.self, SearchCommand.self,
            ActorsCommand.self, ClaimsCommand.self, VerdictsCommand.self, RelationsCommand.self, AskCommand.self,
            MapCommand.self, ReportCommand.self, ExportCommand.self, SQLCommand.self,
            StatsCommand.self, LexiconsCommand.self, PropositionsCommand.self,
        ]
    )
}
