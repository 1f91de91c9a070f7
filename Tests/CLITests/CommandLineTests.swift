import ArgumentParser
import Foundation
import Testing

@testable import argkb

/// Parsing and exit codes, in-process.
@Suite struct CommandLineParsingTests {
    @Test func outputFlagsAreExclusiveAndDefaultToTable() throws {
        let command = try #require(try Argkb.parseAsRoot(["sources"]) as? SourcesCommand)
        #expect(command.output.format == .table)
        let json = try #require(try Argkb.parseAsRoot(["sources", "--json"]) as? SourcesCommand)
        #expect(json.output.format == .json)
        #expect(throws: (any Error).self) { try Argkb.parseAsRoot(["sources", "--json", "--csv"]) }
    }

    @Test(arguments: [
        (["sources", "--bogus"], Int32(64)),
        (["search", "alliance", "--limit", "0"], Int32(64)),
        (["claims", "--min-p", "2"], Int32(64)),
        (["claims", "--author-only", "--speaker", "Putin"], Int32(64)),
        (["actors", "--kind", "planet"], Int32(64)),
        (["no-such-command"], Int32(64)),
    ])
    func usageErrorsExitWith64(_ arguments: [String], _ code: Int32) {
        do {
            _ = try Argkb.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            #expect(Argkb.exitCode(for: error).rawValue == code)
        }
    }

    @Test func databaseDefaultsToEnvironmentThenLocalFile() throws {
        let explicit = try #require(try Argkb.parseAsRoot(["stats", "--db", "/x/y.db"]) as? StatsCommand)
        #expect(explicit.database.path == "/x/y.db")
        let implicit = try #require(try Argkb.parseAsRoot(["stats"]) as? StatsCommand)
        let expected = ProcessInfo.processInfo.environment["ARGKB_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "argkb.db"
        #expect(implicit.database.path == expected)
    }
}
