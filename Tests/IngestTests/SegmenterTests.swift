import Store
import Testing

@testable import Ingest

@Suite struct SegmenterTests {
    /// The sentences of one body paragraph.
    private func split(_ paragraph: String, kind: Paragraph.Kind = .body) -> [String] {
        let text = ScalarText(paragraph)
        let sentences = Segmenter().sentences(in: text, paragraphs: [Paragraph(span: text.fullSpan, kind: kind)])
        return sentences.map { text[$0.span] }
    }

    private func seed(_ slug: String) throws -> (ScalarText, NormalizedSource, [Sentence]) {
        let source = Normalizer().normalize(try SeedCorpus.raw(slug), fileName: slug + ".txt")
        let text = ScalarText(source.text)
        return (text, source, Segmenter().sentences(in: text, paragraphs: source.paragraphs))
    }

    @Test(arguments: [
        // Abbreviations and initials.
        ("Mr. Li met U.S. officials. Talks went on.", ["Mr. Li met U.S. officials.", "Talks went on."]),
        (
            "Mr. Putin met Dr. Xi in St. Petersburg. They talked.",
            ["Mr. Putin met Dr. Xi in St. Petersburg.", "They talked."]
        ),
        (
            "The U.S. Defense Department objected. The U.S. The move came later.",
            ["The U.S. Defense Department objected.", "The U.S.", "The move came later."]
        ),
        ("Sanctions hit the U.S. The move was expected.", ["Sanctions hit the U.S.", "The move was expected."]),
        (
            "Energy, arms, e.g. the S-400, etc. are traded. Trade grew.",
            ["Energy, arms, e.g. the S-400, etc. are traded.", "Trade grew."]
        ),
        ("Oil, gas, grain etc. The list is long.", ["Oil, gas, grain etc.", "The list is long."]),
        ("Sales to i.e. India rose. J. R. Smith disagreed.", ["Sales to i.e. India rose.", "J. R. Smith disagreed."]),
        (
            "It was signed on Jan. 6 under No. 12 by Gen. Ivanov. Nothing followed.",
            ["It was signed on Jan. 6 under No. 12 by Gen. Ivanov.", "Nothing followed."]
        ),
        ("Gazprom Inc. Chief Executive spoke. Nobody listened.", ["Gazprom Inc. Chief Executive spoke.", "Nobody listened."]),
        // Numbers.
        (
            "Trade rose 2.5% to $1,000 billion in 2019. 2021 was a record year.",
            ["Trade rose 2.5% to $1,000 billion in 2019.", "2021 was a record year."]
        ),
        // Quotes.
        (
            "He said: “We are not going to rule it out”. Then he left.",
            ["He said: “We are not going to rule it out”.", "Then he left."]
        ),
        (
            "But in principle, we are not going to rule it out\". Beijing was silent.",
            ["But in principle, we are not going to rule it out\".", "Beijing was silent."]
        ),
        (
            "“Is it possible?” he asked. “Yes.” Then silence.",
            ["“Is it possible?” he asked.", "“Yes.”", "Then silence."]
        ),
        // Ellipses.
        (
            "Imagine such a thing. (…) We are not setting such a task.",
            ["Imagine such a thing.", "(…) We are not setting such a task."]
        ),
        ("He paused... Then he went on. It was... unclear.", ["He paused...", "Then he went on.", "It was... unclear."]),
        ("Wait… What now?", ["Wait…", "What now?"]),
        // Other ends and no-ends.
        ("Really?! Yes! no doubt.", ["Really?!", "Yes! no doubt."]),
        ("The end.The next sentence had no space.", ["The end.", "The next sentence had no space."]),
        ("See example.com or v1.2 for details", ["See example.com or v1.2 for details"]),
        ("I. Increasing Chinese dominance. Russia objects.", ["I. Increasing Chinese dominance.", "Russia objects."]),
        ("2. Second point. Detail.", ["2. Second point.", "Detail."]),
        ("No final punctuation here", ["No final punctuation here"]),
    ])
    func hardCases(_ paragraph: String, _ expected: [String]) {
        #expect(split(paragraph) == expected)
    }

    @Test func headingsAndTitlesAreOneSentence() {
        #expect(
            split("How strong is the partnership? A question", kind: .heading) == ["How strong is the partnership? A question"])
        #expect(
            split("Strengthening China-Russia Bilateral Partnership", kind: .title)
                == ["Strengthening China-Russia Bilateral Partnership"])
        #expect(split("Are presided over by strong men", kind: .listItem) == ["Are presided over by strong men"])
    }

    @Test func sentencesNeverCrossParagraphs() {
        let text = ScalarText("Reasons\n\nFirst item without a stop\n\nSecond item. With two sentences")
        let paragraphs = [
            Paragraph(span: TextSpan(start: 0, length: 7), kind: .heading),
            Paragraph(span: TextSpan(start: 9, length: 25), kind: .listItem),
            Paragraph(span: TextSpan(start: 36, length: 31), kind: .listItem),
        ]
        let sentences = Segmenter().sentences(in: text, paragraphs: paragraphs)
        #expect(
            sentences.map { text[$0.span] } == ["Reasons", "First item without a stop", "Second item.", "With two sentences"])
        #expect(sentences.map(\.paragraphIndex) == [0, 1, 2, 2])
        #expect(
            sentences.map(\.span) == [
                TextSpan(start: 0, length: 7), TextSpan(start: 9, length: 25),
                TextSpan(start: 36, length: 12), TextSpan(start: 49, length: 18),
            ])
    }

    /// Spans count scalars as SQLite does: `substr(text, start + 1, length)` is the sentence, with
    /// curly quotes, "…" and Cyrillic in the seeds.
    @Test(arguments: SeedCorpus.slugs)
    func offsetsAgreeWithSQLite(_ slug: String) throws {
        let (text, source, sentences) = try seed(slug)
        let db = try Database(path: ":memory:")
        #expect(try db.scalar("SELECT length(?)", [source.text])?.int == text.count)
        var previousEnd = 0
        for sentence in sentences {
            let paragraph = source.paragraphs[sentence.paragraphIndex]
            #expect(paragraph.span.contains(sentence.span))
            #expect(sentence.span.start >= previousEnd)
            #expect(text.trimmed(sentence.span) == sentence.span)
            #expect(!sentence.span.isEmpty)
            let viaSQLite = try db.scalar("SELECT substr(?, ?, ?)", [source.text, sentence.span.start + 1, sentence.span.length])
            #expect(viaSQLite?.string == text[sentence.span])
            previousEnd = sentence.span.end
        }
        // Every paragraph has at least one sentence.
        #expect(Set(sentences.map(\.paragraphIndex)) == Set(source.paragraphs.indices))
    }

    /// Counted by reading the seeds (title and headings count one each).
    @Test(arguments: [
        ("between-partnership-and-competition", 25),
        ("military-alliance-foundations-prospects", 35),
        ("why-russia-needs-military-alliance-with-china", 45),
    ])
    func seedSentenceCounts(_ slug: String, _ count: Int) throws {
        let (_, _, sentences) = try seed(slug)
        #expect(sentences.count == count)
    }

    @Test func seedHardSentences() throws {
        let (text, _, sentences) = try seed("why-russia-needs-military-alliance-with-china")
        let all = sentences.map { text[$0.span] }
        #expect(all.contains("(…) We are not setting ourselves such a task now."))
        #expect(all.contains("But in principle, we are not going to rule it out\"."))
        #expect(all.contains("For instance,"))
        #expect(all.last?.hasSuffix("without spoiling relations with Beijing, ”the expert concludes.") == true)
        // "…unlike Russia. and China." stays one sentence: a lower-case word does not start one.
        #expect(all.contains { $0.hasPrefix("But conclude a military alliance") && $0.hasSuffix("unlike Russia. and China.") })

        let (sinoText, _, sino) = try seed("sino-russian-military-alliance")
        let sinoAll = sino.map { sinoText[$0.span] }
        #expect(sinoAll.contains("I. Increasing Chinese dominance in Central Asia- Russia views the area as it's backyard."))
        #expect(sinoAll.contains("The reasons:"))
        #expect(sinoAll.contains("II. Russian softpower in the region is waning —"))
    }
}

@Suite struct SegmenterScalarClassTests {
    /// The ASCII fast paths answer exactly as the sets do, for every scalar up to U+FFFF.
    @Test func fastMembershipTestsAgreeWithTheSets() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Segmenter.isTerminator(scalar) == Segmenter.terminators.contains(scalar), "\(value)")
            #expect(Segmenter.isCloser(scalar) == Segmenter.closers.contains(scalar), "\(value)")
            #expect(Segmenter.isOpener(scalar) == Segmenter.openers.contains(scalar), "\(value)")
        }
    }
}
