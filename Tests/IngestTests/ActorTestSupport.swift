import Foundation

@testable import Ingest

/// A seed read without the segmenter: each non-empty line of the raw file is one "sentence"
/// (mentions and candidates do not depend on sentence boundaries).
struct SeedLines {
    let text: ScalarText
    let sentences: [Sentence]
    let tokens: [[Token]]

    init(_ raw: String) {
        let text = ScalarText(raw)
        var sentences: [Sentence] = []
        var start = 0
        for index in 0...text.count where index == text.count || text.scalars[index] == "\n" {
            let span = text.trimmed(TextSpan(start: start, end: index))
            if !span.isEmpty { sentences.append(Sentence(paragraphIndex: sentences.count, span: span)) }
            start = index + 1
        }
        self.text = text
        self.sentences = sentences
        self.tokens = sentences.map { Tokenizer.tokenize(text, in: $0.span) }
    }

    /// One line of text as a single sentence.
    static func sentence(_ string: String) -> SeedLines { SeedLines(string) }
}

enum ActorFixtures {
    /// The gazetteer of the repository (data/lexicon/actors.tsv), loaded once.
    static let loaded = Result { try Gazetteer(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent("actors.tsv")) }

    static var gazetteer: Gazetteer {
        get throws { try loaded.get() }
    }

    static var tagger: ActorTagger {
        get throws { ActorTagger(gazetteer: try gazetteer) }
    }

    /// (actor, surface) of the mentions in a text, in order.
    static func tag(_ string: String) throws -> [Tagged] {
        let lines = SeedLines(string)
        return try tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
            .map { Tagged(actor: $0.actor, surface: lines.text[$0.span]) }
    }
}

/// Precision and recall of a prediction against a reference.
struct Score: CustomStringConvertible {
    let matched: Int
    let predicted: Int
    let expected: Int

    var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    var description: String {
        String(format: "P %.3f (%d/%d)  R %.3f (%d/%d)", precision, matched, predicted, recall, matched, expected)
    }

    /// Sets: matched = the intersection.
    static func sets(_ predicted: Set<String>, _ expected: Set<String>) -> Score {
        Score(matched: predicted.intersection(expected).count, predicted: predicted.count, expected: expected.count)
    }

    /// Sequences in reading order: matched = the longest common subsequence, so a mention found in the
    /// wrong place does not count.
    static func sequences<T: Equatable>(_ predicted: [T], _ expected: [T]) -> Score {
        var table = [[Int]](repeating: [Int](repeating: 0, count: expected.count + 1), count: predicted.count + 1)
        for i in stride(from: predicted.count - 1, through: 0, by: -1) {
            for j in stride(from: expected.count - 1, through: 0, by: -1) {
                table[i][j] =
                    predicted[i] == expected[j]
                    ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return Score(matched: table[0][0], predicted: predicted.count, expected: expected.count)
    }
}

/// A (actor, surface) pair that is Equatable, for sequence scoring and readable failure messages.
struct Tagged: Equatable, CustomStringConvertible {
    let actor: String
    let surface: String
    var description: String { "\(actor)=\"\(surface)\"" }
}
