import Foundation

@testable import Ingest

/// TEST FIXTURE for unit tests on short made-up texts: builds an `AnalyzedText` with naive rules and a
/// small alias table, so a test states its input without depending on the gazetteer. Seeds go
/// through the real pipeline (`PipelineFixture`).
///
/// - paragraph = non-empty line (the first may be the title); lines opening with a bullet or a roman or
///   arabic numeral and a dot are list items;
/// - sentences split after ". ", "? ", "! ";
/// - mentions from a small alias table (longest match, case-sensitive), possessive ending included;
enum RelationTestSupport {
    /// Alias (as tokens) -> canonical actor. Order does not matter: the longest alias wins.
    static let aliases: [(tokens: [String], actor: String)] = {
        let table: [(String, String)] = [
            ("Russia", "Russia"), ("Russian", "Russia"), ("Russians", "Russia"), ("Moscow", "Russia"),
            ("Kremlin", "Russia"), ("Russian Federation", "Russia"),
            ("China", "China"), ("Chinese", "China"), ("Beijing", "China"), ("Sino", "China"),
            ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"),
            ("United States", "United States"), ("America", "United States"), ("American", "United States"),
            ("Washington", "United States"),
            ("India", "India"), ("Indian", "India"), ("Vietnam", "Vietnam"), ("Myanmar", "Myanmar"),
            ("Kyrgyzstan", "Kyrgyzstan"), ("Turkmenistan", "Turkmenistan"), ("Uzbekistan", "Uzbekistan"),
            ("Tashkent", "Uzbekistan"), ("Tajikistan", "Tajikistan"), ("Pakistan", "Pakistan"),
            ("Afghanistan", "Afghanistan"), ("Central Asia", "Central Asia"), ("Central Asian", "Central Asia"),
            ("Abkhazia", "Abkhazia"), ("South Ossetia", "South Ossetia"), ("Crimea", "Crimea"),
            ("NATO", "NATO"), ("Europe", "Europe"), ("West", "the West"), ("Western", "the West"),
            ("South China Sea", "South China Sea"), ("Russian Far East", "Russian Far East"),
            ("Far East", "Russian Far East"), ("RFE", "Russian Far East"),
        ]
        return table.map { (alias, actor) in
            (Tokenizer.tokenize(ScalarText(alias)).map(\.text), actor)
        }
    }()

    /// The fixture's actors of kind region.
    static let regions: Set<String> = ["Central Asia", "South China Sea", "Russian Far East", "Europe"]

    static func lexicon() throws -> RelationLexicon {
        try RelationLexicon(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent("relations.tsv"))
    }

    static func extractor() throws -> RelationExtractor {
        RelationExtractor(lexicon: try lexicon(), regions: regions)
    }

    /// Builds a document from raw text: one paragraph per non-empty line.
    static func document(_ raw: String, firstLineIsTitle: Bool = false) -> AnalyzedText {
        // Non-breaking spaces become spaces, as the normalizer does.
        let lines = raw.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        let text = ScalarText(lines.joined(separator: "\n\n"))
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var offset = 0
        for (index, line) in lines.enumerated() {
            let length = line.unicodeScalars.count
            let kind: Paragraph.Kind = index == 0 && firstLineIsTitle ? .title : (isListItem(line) ? .listItem : .body)
            paragraphs.append(Paragraph(span: TextSpan(start: offset, length: length), kind: kind))
            for span in sentenceSpans(text, in: TextSpan(start: offset, length: length)) {
                sentences.append(Sentence(paragraphIndex: index, span: span))
            }
            offset += length + 2
        }
        return analyzed(text: text, paragraphs: paragraphs, sentences: sentences)
    }

    /// Builds a document whose paragraphs are given with their kinds (for argument-link tests).
    static func document(paragraphs items: [(Paragraph.Kind, String)]) -> AnalyzedText {
        let text = ScalarText(items.map(\.1).joined(separator: "\n\n"))
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var offset = 0
        for (index, item) in items.enumerated() {
            let length = item.1.unicodeScalars.count
            paragraphs.append(Paragraph(span: TextSpan(start: offset, length: length), kind: item.0))
            for span in sentenceSpans(text, in: TextSpan(start: offset, length: length)) {
                sentences.append(Sentence(paragraphIndex: index, span: span))
            }
            offset += length + 2
        }
        return analyzed(text: text, paragraphs: paragraphs, sentences: sentences)
    }

    private static func analyzed(text: ScalarText, paragraphs: [Paragraph], sentences: [Sentence]) -> AnalyzedText {
        let tokens = sentences.map { Tokenizer.tokenize(text, in: $0.span) }
        var mentions: [ActorMention] = []
        for (index, sentenceTokens) in tokens.enumerated() {
            mentions += self.mentions(in: sentenceTokens, sentence: index)
        }
        return AnalyzedText(
            text: text, title: nil, paragraphs: paragraphs, sentences: sentences, tokens: tokens,
            mentions: mentions, candidates: [])
    }

    private static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("•") || line.hasPrefix("➤") || line.hasPrefix("- ") { return true }
        let head = line.prefix(while: { $0 != " " })
        guard head.hasSuffix("."), head.count >= 2 else { return false }
        return head.dropLast().allSatisfy { "IVXLC0123456789".contains($0) }
    }

    private static func sentenceSpans(_ text: ScalarText, in paragraph: TextSpan) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = paragraph.start
        var i = paragraph.start
        while i < paragraph.end {
            let scalar = text.scalars[i]
            if scalar == "." || scalar == "?" || scalar == "!", i + 1 < paragraph.end, text.scalars[i + 1] == " " {
                spans.append(text.trimmed(TextSpan(start: start, end: i + 1)))
                start = i + 1
            }
            i += 1
        }
        let last = text.trimmed(TextSpan(start: start, end: paragraph.end))
        if !last.isEmpty { spans.append(last) }
        return spans.filter { !$0.isEmpty }
    }

    private static func mentions(in tokens: [Token], sentence: Int) -> [ActorMention] {
        var result: [ActorMention] = []
        var i = 0
        while i < tokens.count {
            var best: (length: Int, actor: String)?
            for alias in aliases where alias.tokens.count > (best?.length ?? 0) && i + alias.tokens.count <= tokens.count {
                if zip(alias.tokens, tokens[i..<(i + alias.tokens.count)]).allSatisfy({ $0 == $1.text }) {
                    best = (alias.tokens.count, alias.actor)
                }
            }
            guard let found = best else {
                i += 1
                continue
            }
            var end = i + found.length - 1
            if end + 1 < tokens.count, tokens[end + 1].kind == .possessive { end += 1 }
            let span = TextSpan(start: tokens[i].span.start, end: tokens[end].span.end)
            result.append(ActorMention(sentenceIndex: sentence, actor: found.actor, span: span, aliasKind: .name))
            i = end + 1
        }
        return result
    }

}
