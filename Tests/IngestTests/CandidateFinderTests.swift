import Testing

@testable import Ingest

/// CandidateFinder on sentences of our own.
@Suite struct CandidateFinderTests {
    private func find(_ text: String) throws -> [String] {
        let lines = SeedLines(text)
        let gazetteer = try ActorFixtures.gazetteer
        let mentions = ActorTagger(gazetteer: gazetteer).mentions(
            in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        return CandidateFinder(gazetteer: gazetteer)
            .candidates(in: lines.text, sentences: lines.sentences, tokens: lines.tokens, mentions: mentions)
            .map { "\($0.name)|\($0.kindGuess)|\($0.kindCue ?? "-")" }
    }

    @Test(arguments: [
        // Sentence-initial function words, adverbs and months are never candidates.
        ("However, Moreover and Firstly. According to him, In March the talks ended. The end.", [String]()),
        ("On Monday in December, nothing happened.", [String]()),
        // A single capitalized word at a sentence start is a common word unless capitalized elsewhere.
        ("Sanctions hurt.\nThe talks failed.", [String]()),
        ("Gazovik grew.\nThey met Gazovik officials.", ["Gazovik|other|-", "Gazovik|other|-"]),
        // Headings: all words capitalized, with a mention or a function word.
        ("Strengthening China-Russia Bilateral Partnership", [String]()),
        ("The Rise Of The Dragon", [String]()),
        // Persons from roles, titles and reporting verbs.
        ("Ivan Petrov, a senior analyst at the Valdai Club, disagrees.", ["Ivan Petrov|person|analyst"]),
        ("Analyst Li Wei expects a deal.", ["Li Wei|person|Analyst"]),
        ("Later Maria Ivanova said the deal was off.", ["Maria Ivanova|person|said"]),
        ("Deputy Foreign Minister Igor Morgulov arrived.", ["Igor Morgulov|person|Minister"]),
        // Organizations, media, places and events from the name or around it.
        ("The report of the Higher School of Economics is out.", ["Higher School of Economics|organization|School"]),
        ("She is head of the Primakov Institute now.", ["Primakov Institute|organization|Institute"]),
        ("It appeared in the Nezavisimaya Gazeta yesterday.", ["Nezavisimaya Gazeta|media|Gazeta"]),
        ("Troops met near Blagoveshchensk last week.", ["Blagoveshchensk|place|near"]),
        ("They spoke before the Eastern Economic Forum opened.", ["Eastern Economic Forum|event|Forum"]),
        // Ideology words, designations and roman numerals are not names.
        ("Radical Islamist groups bought Su-35 jets; see part IV of it.", [String]()),
    ])
    func findsCandidates(_ text: String, _ expected: [String]) throws {
        let found = try find(text)
        #expect(found == expected, "found \(found)")
    }

    @Test func extraWordsComeFromTheTable() throws {
        // A user's file on top of the built-in one: its words are added to the built-in words.
        let user = LexiconLayers.Layer(
            name: "user", files: ["candidate-stopwords.tsv": "word\tclass\tkind\nforum\tsuffix\tevent\ngazovik\tcommon"])
        let layers = LexiconLayers(layers: LexiconLayers.builtIn.layers + [user])
        let words = try CandidateWords(table: layers.table(.candidateStopwords))
        #expect(words.suffix["forum"] == .event)
        #expect(words.stop.contains("gazovik"))
        #expect(words.stop.contains("however"))
        let bad = try TSVTable(name: "bad.tsv", text: "word\tclass\tkind\nforum\tsuffix")
        let error = try #require(throws: LexiconError.self) { try CandidateWords(table: bad) }
        #expect(error.line == 2)
    }
}

/// "Does the document write this word in lower case": the same answers whether they come from
/// scans of the tokens (the first questions) or from the set built after `scansBeforeSet` of them.
@Suite struct DocumentEvidenceTests {
    @Test func scansAndTheSetGiveTheSameAnswers() {
        let text = ScalarText(
            "Ukraine said the west was wrong. The West disagrees; 2024 saw talks, and Talks failed. éclair Éclair")
        let tokens = Tokenizer.tokenize(text)
        let evidence = DocumentEvidence(
            capitalizedInside: [],
            layouts: [SentenceLayout(tokens: tokens, mentions: [], words: .builtIn)])
        let questions = ["west", "talks", "ukraine", "2024", "wrong", "éclair", "failed", "said", "the", "disagrees"]
        let expected = [true, true, false, false, true, true, true, true, true, true]
        // Three rounds: the first ten answers come from scans, the rest from the set.
        for _ in 0..<3 {
            #expect(questions.map(evidence.writesInLowerCase) == expected)
        }
        #expect(DocumentEvidence.scansBeforeSet == 10)
    }
}
