import Domain
import Foundation
import Testing

/// The word lists of data/lexicon/grammar/words.tsv: the built-in file is well formed and complete, and
/// a table with an error is refused at the line of the error.
@Suite struct WordListTests {
    /// The repository's words.tsv, the file compiled into the binary.
    static func builtInText() throws -> String {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let root = tests.deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("data/lexicon/grammar/words.tsv"), encoding: .utf8)
    }

    @Test func builtInFileParses() throws {
        let text = try Self.builtInText()
        #expect(throws: Never.self) { try WordLists(tsv: text) }
        #expect(WordLists.builtIn.set(.articles) == ["the", "a", "an"])
    }

    /// The built-in lists are indexed at start and read when asked for; each reads the same rows as
    /// a table read and checked at once.
    @Test func lazilyReadListsMatchTheCheckedTable() throws {
        let checked = try WordLists(tsv: Self.builtInText())
        for list in WordList.allCases {
            #expect(WordLists.builtIn.ordered(list) == checked.ordered(list), "\(list.rawValue)")
            #expect(WordLists.builtIn.allValues(list) == checked.allValues(list), "\(list.rawValue)")
        }
    }

    @Test(arguments: WordList.allCases)
    func everyListHasRows(_ list: WordList) {
        #expect(!WordLists.builtIn.ordered(list).isEmpty, "\(list.rawValue) has no rows")
    }

    /// Each list's rows stand together, after a comment that names the list and says what it is for.
    @Test func everyListIsOneCommentedGroup() throws {
        var groups: [String] = []
        var described: String?
        for line in try Self.builtInText().split(separator: "\n") {
            if line.hasPrefix("# ") {
                let text = line.dropFirst(2)
                if let colon = text.firstIndex(of: ":"), WordList(rawValue: String(text[..<colon])) != nil {
                    described = String(text[..<colon])
                }
                continue
            }
            let list = String(line.prefix { $0 != "\t" })
            guard list != "list", list != groups.last else { continue }
            #expect(!groups.contains(list), "\(list) is split in two groups")
            #expect(described == list, "\(list) has no comment naming it")
            groups.append(list)
        }
        #expect(groups.count == WordList.allCases.count)
    }

    /// A table with one error, and the line it is on.
    struct BadTable: Sendable, CustomStringConvertible {
        let description: String
        let tsv: String
        let line: Int
        let message: String
    }

    static let badTables: [BadTable] = [
        BadTable(
            description: "a header other than list word value", tsv: "# words\nlist\tword\n", line: 2,
            message: "header"),
        BadTable(description: "no header at all", tsv: "# only a comment\n", line: 1, message: "no header"),
        BadTable(
            description: "an unknown list", tsv: "list\tword\tvalue\narticles\tthe\nplanets\tmars\n", line: 3,
            message: "unknown list 'planets'"),
        BadTable(description: "an empty word", tsv: "list\tword\tvalue\n\narticles\t\n", line: 3, message: "without a word"),
        BadTable(description: "a list name alone", tsv: "list\tword\tvalue\narticles\n", line: 2, message: "without a word"),
        BadTable(
            description: "four columns", tsv: "list\tword\tvalue\nnumber-words\tsix\t6\tsix\n", line: 2,
            message: "4 columns"),
        BadTable(
            description: "a word twice in one list", tsv: "list\tword\tvalue\nfirst-person\twe\nfirst-person\twe\n",
            line: 3, message: "'we' is already in first-person"),
        BadTable(
            description: "a word and value twice in a multi-valued list",
            tsv: "list\tword\tvalue\n" + String(repeating: "question-relation-words\tally\tallies_with\n", count: 2),
            line: 3, message: "already in question-relation-words"),
        BadTable(
            description: "a space after a word", tsv: "list\tword\tvalue\narticles\tthe \n", line: 2,
            message: "white space"),
        BadTable(description: "a Windows line end", tsv: "list\tword\tvalue\r\n", line: 1, message: "header"),
        BadTable(
            description: "a number list without a number", tsv: "list\tword\tvalue\nfraction-words\thalf\tone half\n",
            line: 2, message: "must be a number"),
    ]

    @Test(arguments: badTables)
    func badTableIsRefusedAtItsLine(_ bad: BadTable) throws {
        let error = try #require(throws: WordListError.self) { try WordLists(tsv: bad.tsv) }
        #expect(error.line == bad.line)
        #expect(error.message.contains(bad.message), "\(error.message)")
        #expect(error.description.hasPrefix("words.tsv line \(bad.line): "))
    }

    @Test func aWordMayRepeatInDifferentLists() throws {
        let lists = try WordLists(tsv: "list\tword\tvalue\narticles\tthe\nrelation-determiners\tthe\n")
        #expect(lists.set(.articles) == ["the"])
        #expect(lists.set(.relationDeterminers) == ["the"])
        #expect(lists.ordered(.firstPerson).isEmpty)
    }

    @Test func orderValuesAndNumbersAreReadAsWritten() throws {
        let lists = try WordLists(
            tsv: """
                # a small table of my own
                list\tword\tvalue
                date-labels\tshipped on
                date-labels\tshipped
                date-labels\tWhen
                question-polarity-words\tendorse\tfor
                question-relation-words\tbarter\ttrades_with
                question-relation-words\tbarter\tcooperates_with
                question-relation-words\tconnects
                fraction-words\teighth\t0.125
                month-names\tjanuary\t1

                """)
        #expect(lists.ordered(.dateLabels) == ["shipped on", "shipped", "When"])
        #expect(lists.values(.questionPolarityWords) == ["endorse": "for"])
        #expect(lists.allValues(.questionRelationWords) == ["barter": ["trades_with", "cooperates_with"], "connects": []])
        #expect(lists.numbers(.fractionWords) == ["eighth": 0.125])
        #expect(lists.values(.monthNames) == ["january": "1"])
        #expect(lists.values(.articles).isEmpty)
    }

    // MARK: The built-in values name the domain's closed sets

    @Test func questionValuesAreDomainValues() {
        let lists = WordLists.builtIn
        for (word, term) in lists.values(.questionLikelihoodWords) {
            #expect(LikelihoodTerm(rawValue: term) != nil, "\(word): '\(term)' is not a likelihood term")
        }
        for (word, predicates) in lists.allValues(.questionRelationWords) {
            for predicate in predicates {
                #expect(RelationPredicate(rawValue: predicate) != nil, "\(word): '\(predicate)' is not a predicate")
            }
        }
        for (word, side) in lists.values(.questionPolarityWords) {
            #expect(VerdictPolarity(rawValue: side) != nil, "\(word): '\(side)' is not a side")
        }
        for (word, label) in lists.values(.questionAcceptabilityWords) {
            #expect(AcceptabilityLabel(rawValue: label) != nil || label == "contested", "\(word): '\(label)' is not a label")
        }
    }

    @Test func monthsAndNumbersHoldTheirValues() throws {
        let lists = WordLists.builtIn
        for list in [WordList.monthNames, .monthNamesRussian] {
            let months = lists.values(list)
            #expect(Set(months.values.compactMap { Int($0) }) == Set(1...12), "\(list.rawValue)")
            #expect(months.values.allSatisfy { Int($0) != nil }, "\(list.rawValue) has a month that is not a whole number")
        }
        #expect(lists.set(.monthNames).allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lists.numbers(.monthNames)["sept"] == 9)
        #expect(lists.numbers(.numberWords)["forty"] == 40)
        #expect(lists.numbers(.fractionWords)["third"] == 1.0 / 3.0)
        #expect(lists.numbers(.fractionWords)["thirds"] == 2.0 / 3.0)
        for list in WordList.allCases where list.hasNumbers {
            #expect(lists.numbers(list).count == lists.ordered(list).count, "\(list.rawValue)")
        }
    }
}
