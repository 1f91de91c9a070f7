import Foundation
import Testing

@testable import Ingest

@Suite struct ClaimLexiconsTests {
    @Test func folderLoads() {
        let lexicons = ClaimFixture.lexicons
        #expect(lexicons.estimative.entries.count >= 80)
        #expect(lexicons.attribution.patterns.count >= 80)
        #expect(lexicons.propositions.count >= 1)
    }

    /// The shipped discourse.tsv and the built-in copy used when no file is given stay equal.
    @Test(arguments: [
        ("attribution.tsv", "pattern\tkind\nsaid\tchatter\n"),
        ("attribution.tsv", "pattern\n{S}\n"),
        ("discourse.tsv", "phrase\tkind\nthus\tverdict\n"),
    ])
    func malformedRowsAreLexiconErrors(_ file: String, _ text: String) {
        #expect(throws: LexiconError.self) {
            let table = try TSVTable(name: file, text: text)
            if file == "attribution.tsv" {
                _ = try AttributionLexicon(table: table)
            } else {
                _ = try DiscourseLexicon(table: table)
            }
        }
    }

    /// `kinds(in:range:)` walks one trie of every phrase; it must say what asking `occurs` kind by
    /// kind says, on every range of every seed paragraph's tokens (a phrase must end inside the
    /// range: "will" at the range's end counts, "in the end" cut by it does not).
    @Test func theKindsInARangeAreThoseThatOccurInIt() throws {
        let discourse = ClaimFixture.lexicons.discourse
        var checked = 0
        for slug in SeedCorpus.slugs {
            for paragraph in try SeedCorpus.raw(slug).split(separator: "\n") where !paragraph.isEmpty {
                let tokens = Tokenizer.tokenize(ScalarText(String(paragraph)))
                for start in stride(from: 0, to: tokens.count, by: 3) {
                    for end in [start + 1, start + 4, start + 12, tokens.count] where end <= tokens.count {
                        let kinds = discourse.kinds(in: tokens, range: start..<end)
                        for kind in DiscourseLexicon.Kind.allCases {
                            #expect(
                                kinds.contains(kind) == discourse.occurs(kind, in: tokens, range: start..<end),
                                "\(kind) in \(tokens[start..<end].map(\.text))")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 1000)
        // A phrase two kinds share is in both; one cut by the range's end is in neither.
        let table = try TSVTable(name: "discourse.tsv", text: "phrase\tkind\nwill\tfuture|modal\nin the end\tconclusion\n")
        let small = try DiscourseLexicon(table: table)
        let tokens = Tokenizer.tokenize(ScalarText("In the end they will."))
        let all = small.kinds(in: tokens, range: 0..<tokens.count)
        #expect(all.contains(.future) && all.contains(.modal) && all.contains(.conclusion) && !all.contains(.reason))
        #expect(!small.kinds(in: tokens, range: 0..<2).contains(.conclusion))
    }

    @Test func missingFolderIsALexiconError() {
        #expect(throws: LexiconError.self) {
            try ClaimLexicons(folder: URL(fileURLWithPath: "/nonexistent/lexicon"))
        }
    }
}

/// The built-in lexicons and the user's folders on top of them (issue 15).
@Suite struct LexiconLayerTests {
    /// A temporary folder with the given lexicon files.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func theBuiltInLexiconsAreTheFilesOfDataLexicon() throws {
        for file in LexiconFile.allCases {
            let onDisk = try String(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent(file.rawValue), encoding: .utf8)
            #expect(
                LexiconLayers.builtIn.layers[0].files[file.rawValue] == onDisk, "\(file.rawValue) differs from the built-in copy")
        }
    }

    @Test func noBuiltInRowHidesAnotherWithTheSameKey() throws {
        for file in LexiconFile.allCases {
            let table = try TSVTable(name: file.rawValue, text: LexiconLayers.builtIn.layers[0].files[file.rawValue] ?? "")
            let keys = table.records.compactMap(file.key)
            #expect(Set(keys).count == keys.count, "\(file.rawValue) has rows with the same key")
        }
    }

    @Test func aUserRowReplacesTheBuiltInOneWithItsKeyAndNewRowsAreAdded() throws {
        let user = try folder([
            "estimative.tsv": "phrase\tterm\nhighly improbable\tunlikely\nnot in a month of sundays\talmost no chance\n",
            "propositions.tsv": "id\tstatement\tterms\tactors\nir-bomb\tIran builds a bomb\tbomb|nuclear weapon\tIran\n",
        ])
        defer { try? FileManager.default.removeItem(at: user) }
        let second = try folder(["estimative.tsv": "phrase\tterm\nhighly improbable\tvery unlikely\n"])
        defer { try? FileManager.default.removeItem(at: second) }
        let lexicons = try Lexicons(layers: LexiconLayers(folders: [user, second]))
        let entries = lexicons.claims.estimative.entries
        // The later folder wins; the row keeps the built-in row's place.
        #expect(entries.filter { $0.phrase == "highly improbable" }.map(\.term?.name) == ["very unlikely"])
        #expect(entries.contains { $0.phrase == "not in a month of sundays" && $0.term?.name == "almost no chance" })
        let builtInRows = try TSVTable(name: "", text: LexiconLayers.builtIn.layers[0].files["estimative.tsv"] ?? "").records
            .count
        #expect(entries.count == builtInRows + 1)
        #expect(lexicons.claims.propositions.map(\.id) == ["ru-cn-military-alliance", "ir-bomb"])
        #expect(lexicons.hash != (try Lexicons.builtIn()).hash)
        let contributions = try LexiconLayers(folders: [user, second]).contributions().filter { $0.file == "estimative.tsv" }
        #expect(contributions.map(\.added) == [entries.count - 1, 1, 0])
        #expect(contributions.map(\.replaced) == [0, 1, 1])
    }

    @Test func aUserDerivationGivesATermAFamilyTheBuiltInTableLacks() throws {
        let user = try folder([
            // "ouster" names the act, but the table keeps no -er noun (most are agents).
            "derivations.tsv": "word\talso\noust\touster\n",
            "propositions.tsv": "id\tstatement\tterms\tactors\noust\tThe envoys are ousted\toust\tIran\n",
        ])
        defer { try? FileManager.default.removeItem(at: user) }
        let tokens = Tokenizer.tokenize(ScalarText("Iran threatened the ouster of two envoys; it ousted a third."))
        func terms(_ lexicons: Lexicons) -> [String] {
            lexicons.claims.recognizer.termMatches(in: tokens).filter { $0.proposition == "oust" }
                .map { tokens[$0.term].map(\.text).joined(separator: " ") }
        }
        #expect(terms(try Lexicons(layers: LexiconLayers(folders: [user]))) == ["ouster", "ousted"])
        // Without the user's row, the term finds its inflections only.
        let plain = try folder(["propositions.tsv": "id\tstatement\tterms\tactors\noust\tThe envoys are ousted\toust\tIran\n"])
        defer { try? FileManager.default.removeItem(at: plain) }
        #expect(terms(try Lexicons(layers: LexiconLayers(folders: [plain]))) == ["ousted"])
    }

    @Test func aBadUserLexiconIsRefusedWithFileAndLine() throws {
        let missing = try folder(["propositions.tsv": "id\tstatement\nx\ty\n"])
        defer { try? FileManager.default.removeItem(at: missing) }
        let noColumn = try #require(throws: LexiconError.self) { try Lexicons(layers: LexiconLayers(folders: [missing])) }
        #expect(noColumn.file == missing.path + "/propositions.tsv" && noColumn.line == 1)
        #expect(noColumn.message == "missing column 'terms' in the header row")
        let unknownActor = try folder(["propositions.tsv": "id\tstatement\tterms\tactors\n# a comment\nx\tX\tbomb\tAtlantis\n"])
        defer { try? FileManager.default.removeItem(at: unknownActor) }
        let actorError = try #require(throws: LexiconError.self) { try Lexicons(layers: LexiconLayers(folders: [unknownActor])) }
        #expect(actorError.file == unknownActor.path + "/propositions.tsv" && actorError.line == 3)
        #expect(actorError.message.contains("Atlantis"))
        let duplicate = try folder(["actors.tsv": "name\tkind\tshort\nAtlantis\tstate\tRussia\n"])
        defer { try? FileManager.default.removeItem(at: duplicate) }
        let aliasError = try #require(throws: LexiconError.self) { try Lexicons(layers: LexiconLayers(folders: [duplicate])) }
        #expect(aliasError.file == duplicate.path + "/actors.tsv" && aliasError.line == 2)
        let typo = try folder(["propositon.tsv": "id\n"])
        defer { try? FileManager.default.removeItem(at: typo) }
        let typoError = try #require(throws: LexiconError.self) { try LexiconLayers(folders: [typo]) }
        #expect(typoError.message.hasPrefix("not a lexicon file of argkb"))
    }

    @Test func theFoldersInForce() throws {
        let work = try folder([:])
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(LexiconLayers.folders(given: [], environment: [:], workingFolder: work).isEmpty)
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("argkb-lexicons"), withIntermediateDirectories: true)
        #expect(
            LexiconLayers.folders(given: [], environment: [:], workingFolder: work).map(\.lastPathComponent) == ["argkb-lexicons"]
        )
        #expect(
            LexiconLayers.folders(given: [], environment: ["ARGKB_LEXICONS": "/a:/b"], workingFolder: work).map(\.path) == [
                "/a", "/b",
            ])
        #expect(
            LexiconLayers.folders(given: ["/c"], environment: ["ARGKB_LEXICONS": "/a"], workingFolder: work).map(\.path) == ["/c"]
        )
    }
}
