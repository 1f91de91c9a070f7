import Foundation

@testable import Ingest

// TEST FIXTURE for unit tests on short made-up texts: paragraphs are non-empty lines, sentences are
// split on ". ", "? ", "! ", and actors are found by a tiny word table, so a test states its input
// without depending on the gazetteer. Seeds go through the real pipeline (`seed`).
enum ClaimFixture {
    /// Word → canonical actor, for tests only.
    static let actorWords: [String: String] = [
        "russia": "Russia", "moscow": "Russia", "kremlin": "Russia", "russian": "Russia", "russians": "Russia",
        "china": "China", "beijing": "China", "chinese": "China", "sino": "China",
        "america": "United States", "american": "United States", "americans": "United States",
        "washington": "United States", "putin": "Vladimir Putin", "xi": "Xi Jinping",
        "kazakhstan": "Kazakhstan",
    ]
    /// Upper-case-only actor words ("US", not the pronoun "us").
    static let actorAcronyms: [String: String] = ["US": "United States", "U.S.": "United States", "USA": "United States"]

    static let lexicons: ClaimLexicons = {
        do {
            return try ClaimLexicons(folder: SeedCorpus.lexiconFolder)
        } catch {
            fatalError("cannot load lexicons: \(error)")
        }
    }()

    static let extractor = ClaimExtractor(lexicons: lexicons)

    /// A document from lines: the first is the title when `titled`; a line without final
    /// punctuation of at most 12 words is a heading; "•", "I.", "1." start list items.
    static func document(_ raw: String, titled: Bool = true) -> AnalyzedText {
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var text = ""
        var offset = 0
        var paragraphs: [Paragraph] = []
        for (number, line) in lines.enumerated() {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = line.unicodeScalars.count
            paragraphs.append(
                Paragraph(
                    span: TextSpan(start: offset, length: length),
                    kind: kind(of: line, first: number == 0 && titled)))
            text += line
            offset += length
        }
        let scalarText = ScalarText(text)
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for span in splitSentences(scalarText, paragraph.span) {
                sentences.append(Sentence(paragraphIndex: index, span: span))
            }
        }
        let tokens = sentences.map { Tokenizer.tokenize(scalarText, in: $0.span) }
        var mentions: [ActorMention] = []
        var candidates: [EntityCandidate] = []
        for (index, sentenceTokens) in tokens.enumerated() {
            var run: [Token] = []
            func flush() {
                if run.count >= 2, let first = run.first, let last = run.last {
                    let span = TextSpan(start: first.span.start, end: last.span.end)
                    candidates.append(
                        EntityCandidate(
                            sentenceIndex: index, name: scalarText[span], kindGuess: .person,
                            kindCue: nil, span: span))
                }
                run = []
            }
            for token in sentenceTokens {
                if let actor = actorAcronyms[token.text] ?? (token.isCapitalized ? actorWords[token.folded] : nil) {
                    mentions.append(ActorMention(sentenceIndex: index, actor: actor, span: token.span, aliasKind: .name))
                    flush()
                } else if token.kind == .word, token.isCapitalized, !["The", "A", "In", "It"].contains(token.text) {
                    run.append(token)
                } else {
                    flush()
                }
            }
            flush()
        }
        return AnalyzedText(
            text: scalarText, title: titled ? lines.first : nil, paragraphs: paragraphs,
            sentences: sentences, tokens: tokens, mentions: mentions, candidates: candidates)
    }

    /// Claims of a one-paragraph-per-line text (no title).
    static func claims(_ raw: String, titled: Bool = false) -> (AnalyzedText, [ExtractedClaim]) {
        let document = document(raw, titled: titled)
        return (document, extractor.claims(in: document))
    }

    /// The seed as the real pipeline sees it (normalizer, segmenter, actor tagger).
    static func seed(_ slug: String) throws -> AnalyzedText {
        try PipelineFixture.analyzed(slug)
    }

    private static func kind(of line: String, first: Bool) -> Paragraph.Kind {
        if first { return .title }
        if line.hasPrefix("•") || line.range(of: #"^([IVX]+|\d+)\.\s"#, options: .regularExpression) != nil {
            return .listItem
        }
        let words = line.split(separator: " ").count
        if let last = line.last, !".?!\"”…".contains(last), words <= 12 { return .heading }
        return .body
    }

    private static func splitSentences(_ text: ScalarText, _ span: TextSpan) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = span.start
        var index = span.start
        while index < span.end - 1 {
            if [".", "?", "!"].contains(text.scalars[index]), text.scalars[index + 1] == " " {
                result.append(text.trimmed(TextSpan(start: start, end: index + 1)))
                start = index + 1
            }
            index += 1
        }
        result.append(text.trimmed(TextSpan(start: start, end: span.end)))
        return result.filter { !$0.isEmpty }
    }
}
