import Domain
import Stemming

/// Recognizes the sentences that speak about a proposition of `propositions.tsv`.
///
/// A sentence is about a proposition when it contains one of its terms and either names all its
/// actors, or refers to them with one of its anaphora ("the two", "such an alliance") while they are
/// the article's topic actors. The rule is the same for every row of the table, so a user adds a
/// proposition as data.
public struct PropositionRecognizer: Sendable {
    /// A proposition found in a sentence.
    public struct Match: Sendable, Hashable {
        public enum Via: String, Sendable {
            /// All actors are named in the sentence.
            case actors
            /// An anaphor refers to the article's topic actors.
            case topic
        }

        public let proposition: String
        /// Token indexes of the term ("military alliance").
        public let term: Range<Int>
        public let via: Via
    }

    /// For a proposition of several actors, a plural pronoun refers to them together ("people keep
    /// waiting for them to sign a treaty") when they are the article's topic.
    static let pluralPronouns = WordLists.builtIn.set(.propositionPluralPronouns)

    public let entries: [PropositionEntry]
    /// Each proposition's terms, matched by word family ("join" finds "joined").
    private let terms: [WordFamilyMatcher<Bool>]
    private let anaphora: [CueMatcher<Bool>]

    /// - Parameter derivations: the close derivations the terms stand for ("invade" / "invasion").
    public init(entries: [PropositionEntry], derivations: Derivations = .english) {
        self.entries = entries
        terms = entries.map { WordFamilyMatcher(phrases: $0.terms.map { ($0, true) }, derivations: derivations) }
        anaphora = entries.map { CueMatcher(phrases: $0.anaphora.map { ($0, true) }) }
    }

    /// A term with a name of its own next to it: a capitalized word right before it (not the
    /// sentence's first word), or "with", "between", "of" and a capitalized word after it.
    static func isOwned(_ term: Range<Int>, in tokens: [Token]) -> Bool {
        let firstWord = tokens.firstIndex { $0.kind == .word } ?? 0
        if term.lowerBound > firstWord, tokens[term.lowerBound - 1].isCapitalized { return true }
        let after = term.upperBound
        return after + 1 < tokens.count && ["with", "between", "of", "against"].contains(tokens[after].folded)
            && (after + 1..<min(tokens.count, after + 3)).contains { tokens[$0].isCapitalized }
    }

    /// Every term of every proposition in a sentence, whoever it names.
    func termMatches(in tokens: [Token]) -> [(proposition: String, term: Range<Int>)] {
        entries.indices.flatMap { index in terms[index].matches(in: tokens).map { (entries[index].id, $0.tokens) } }
    }

    /// The propositions a sentence speaks about.
    ///
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - actors: the canonical actors named in the sentence.
    ///   - topicActors: the article's topic actors.
    ///   - titleSetsTopic: true for a title, which speaks of the topic actors without an anaphor
    ///     ("Sino-Russian Military Alliance").
    public func matches(
        in tokens: [Token], actors: Set<String>, topicActors: Set<String>,
        titleSetsTopic: Bool = false
    ) -> [Match] {
        var found: [Match] = []
        for (index, entry) in entries.enumerated() {
            let termMatches = terms[index].matches(in: tokens)
            guard !termMatches.isEmpty else { continue }
            let required = Set(entry.actors)
            let via: Match.Via
            if required.isSubset(of: actors) {
                via = .actors
            } else if required.isSubset(of: topicActors.union(actors)),
                titleSetsTopic || !anaphora[index].matches(in: tokens).isEmpty
                    || (required.count >= 2 && tokens.contains { Self.pluralPronouns.contains($0.folded) })
            {
                via = .topic
            } else if required.count == 1, required.isSubset(of: topicActors), actors.isSubset(of: required) {
                // A question about one actor, in an article about it, in a sentence that names no
                // other actor: "recession" in a piece on the American economy is America's, unless a
                // name owns the term ("the British recession").
                let unowned = termMatches.filter { !Self.isOwned($0.tokens, in: tokens) }
                for term in unowned { found.append(Match(proposition: entry.id, term: term.tokens, via: .topic)) }
                continue
            } else if topicActors.isEmpty, actors.isEmpty {
                // An article that names no actor twice, and a sentence that names none: the matter
                // is the question's ("recession" in a blog on the American economy), unless a name
                // owns the term ("an alliance with India", "the Quad alliance").
                let unowned = termMatches.filter { !Self.isOwned($0.tokens, in: tokens) }
                for term in unowned { found.append(Match(proposition: entry.id, term: term.tokens, via: .topic)) }
                continue
            } else {
                continue
            }
            for term in termMatches {
                found.append(Match(proposition: entry.id, term: term.tokens, via: via))
            }
        }
        return found
    }
}
