import Foundation
import Store
import Testing

@testable import Ingest
@testable import Query

/// The open answerer on articles of my own: answer types, extraction, ranking, and the answer
/// that says nothing answers.
@Suite struct OpenQuestionTests {
    static let articles = [
        "harbor.txt": """
        Northern ports

        The analyst Maria Kovac said that the port of Rijeka would double its traffic within five years.
        Since the 1990s the port has been closed to foreign warships. In 2016 the government sold a 30 percent stake to a Hungarian firm.
        The weather in the bay is mild.
        """,
        "drills.txt": """
        Joint drills at sea

        Russian and Chinese navies held joint exercises in the Sea of Japan and in the Mediterranean last summer.
        Their defence ministers met 12 times since 2019, a spokesman said.
        """,
    ]

    /// The database of the two articles, built once (read-only connections to it in the tests).
    static let path: String = {
        do {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-open-\(UUID().uuidString)")
            let corpus = folder.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            TemporaryFoldersAtExit.remove(folder)
            for (name, text) in articles { try Data(text.utf8).write(to: corpus.appendingPathComponent(name)) }
            let db = try Database(path: folder.appendingPathComponent("open.db").path)
            _ = try IngestRunner(db: db, lexicons: try Lexicons.builtIn()).run(paths: [corpus.path])
            return db.path
        } catch {
            fatalError("cannot build the open-question database: \(error)")
        }
    }()

    private func db() throws -> Database { try Database(path: Self.path, mode: .readOnly) }

    private func answers(_ question: String) throws -> (answers: [String], notes: [String], sentences: [String]) {
        let answer = try Asker(db: db()).ask(question)
        let answerColumn = answer.listing.columns.firstIndex(of: "answer")
        let sentenceColumn = answer.listing.columns.firstIndex(of: "sentence")
        var found: [String] = []
        var sentences: [String] = []
        for row in answer.listing.rows {
            if let answerColumn, case .text(let text) = row[answerColumn] { found.append(text) }
            if let sentenceColumn, case .text(let text) = row[sentenceColumn] { sentences.append(text) }
        }
        return (found, answer.notes, sentences)
    }

    @Test(arguments: [
        ("which expert expects the port to grow", AnswerType.person),
        ("who sold the stake", AnswerType.person),
        ("whose idea was the triangle", AnswerType.person),
        ("which country approved the base", AnswerType.actor(kinds: [.state], place: false)),
        ("what news outlet reported it", AnswerType.actor(kinds: [.media, .organization], place: false)),
        ("where did the navies hold exercises", AnswerType.actor(kinds: [.region, .state], place: true)),
        ("since when has the port been closed", AnswerType.date),
        ("in which year was the stake sold", AnswerType.date),
        ("how many times did the ministers meet", AnswerType.number),
        ("how many articles name Rijeka", AnswerType.sources),
        ("which pieces discuss the port", AnswerType.sources),
        ("what yardstick does the author use", AnswerType.phrase),
        ("how does Russia handle China", AnswerType.phrase),
    ])
    func theAnswerTypeComesFromTheQuestionWordAndItsNoun(_ question: String, _ expected: AnswerType) {
        #expect(AnswerType.read(QuestionParser.words(question).map { $0.lowercased() }) == expected)
    }

    @Test func aPersonADecadeAYearANumberAndPlacesArePulledOutOfTheirSentences() throws {
        #expect(try answers("Which analyst expects the port of Rijeka to double its traffic?").answers.first == "Maria Kovac")
        #expect(try answers("Since when has the port been closed to foreign warships?").answers.first == "1990s")
        #expect(try answers("In which year did the government sell a stake in the port?").answers.first == "2016")
        #expect(try answers("How many times have the defence ministers met?").answers.first == "12")
        let places = try answers("Where did the Russian and Chinese navies hold their joint exercises?").answers
        #expect(places.contains("Sea of Japan") && places.contains("Mediterranean"), "\(places)")
    }

    @Test func extractionReadsDatesAndNumbersFromSentencesOfMyOwn() {
        #expect(AnswerExtractor.dates(in: "Since the 1980s, and again in 2014, the two met.") == ["1980s", "2014"])
        #expect(AnswerExtractor.dates(in: "Since the 1980s, and again in 2014, the two met.", after: "since") == ["1980s"])
        #expect(AnswerExtractor.numbers(in: "They met 37 times in 2019, at 3.5% growth.") == ["37", "3.5"])
        #expect(
            AnswerExtractor.places(in: "Drills ran in the Baltic and near the South China Sea.") == ["Baltic", "South China Sea"])
        #expect(
            AnswerExtractor.places(in: "Ships sailed in the Sea of Japan and in the Mediterranean last summer.") == [
                "Sea of Japan", "Mediterranean",
            ])
        #expect(AnswerExtractor.isProperName("Neil Thomas") && !AnswerExtractor.isProperName("the expert"))
    }

    @Test func aSentenceWithTheContentWordsBeatsOneWithOnlyQuestionWords() throws {
        let question = try QuestionParser(db: db()).parse("Which sources say that the port of Rijeka will double its traffic?")
        let open = try #require(question.open)
        let ranked = try SentenceRanker(db: db()).rank(open).sentences
        #expect(ranked.first?.text.hasPrefix("The analyst Maria Kovac said") == true, "\(ranked.map(\.text))")
    }

    /// A finder that matches more sentences than are ranked has bm25 rank the newest only.
    @Test func onlyTheNewestMatchesAreRankedWhenThereAreMany() throws {
        let question = try QuestionParser(db: db()).parse("Which sources say that the port of Rijeka will double its traffic?")
        let open = try #require(question.open)
        let all = try SentenceRanker(db: db()).rank(open)
        #expect(all.sentences.count > 1)
        #expect(!all.sql.contains("rowid >="))
        let newest = try SentenceRanker(db: db(), rankedCount: 1).rank(open)
        #expect(newest.sql.contains("AND sentences_fts.rowid >= ?2"))
        let match = try #require(newest.arguments.first)
        let last = try db().scalar("SELECT max(rowid) FROM sentences_fts WHERE sentences_fts MATCH ?", [match.bindable])
        #expect(newest.sentences.map { .integer(Int64($0.sentenceID)) } == [last])
    }

    @Test func aQuestionNothingAnswersSaysSoAndListsNothing() throws {
        let result = try answers("What is the tide schedule in Rijeka?")
        #expect(result.answers.isEmpty && result.sentences.isEmpty)
        #expect(result.notes.last == "Nothing in the corpus answers this: no sentence has the words tide, schedule.")
    }

    @Test func everyAnswerRowHasItsSourceSentenceAndLocation() throws {
        let answer = try Asker(db: db()).ask("Since when has the port been closed to foreign warships?")
        let location = try #require(answer.listing.columns.firstIndex(of: "location"))
        let sentence = try #require(answer.listing.columns.firstIndex(of: "sentence"))
        for row in answer.listing.rows {
            guard case .text(let place) = row[location], case .text(let text) = row[sentence] else {
                Issue.record("a row without its place: \(row)")
                continue
            }
            // slug @start+length gives back the sentence.
            let parts = place.split(whereSeparator: { $0 == " " || $0 == "@" || $0 == "+" })
            let given = try db().scalar(
                "SELECT substr(text, ? + 1, ?) FROM sources WHERE slug = ?",
                [Int(parts[1]) ?? 0, Int(parts[2]) ?? 0, String(parts[0])])?.string
            #expect(given == text)
        }
    }
}
