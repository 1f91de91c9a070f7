import ArgumentParser
import Query
import Store

/// `argkb show source|claim|actor ID`: one thing in detail.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one source, claim or actor in detail.",
        subcommands: [ShowSource.self, ShowClaim.self, ShowActor.self])
}
