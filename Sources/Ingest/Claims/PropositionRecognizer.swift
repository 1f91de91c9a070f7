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

    public let entries: [PropositionEntry]
    private let terms: [CueMatcher<Bool>]
    private let anaphora: [CueMatcher<Bool>]

    public init(entries: [PropositionEntry]) {
        self.entries = entries
        terms = entries.map { CueMatcher(phrases: $0.terms.map { ($0, true) }) }
        anaphora = entries.map { CueMatcher(phrases: $0.anaphora.map { ($0, true) }) }
    }

    /// The propositions a sentence speaks about.
    ///
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - actors: the canonical actors named in the sentence.
    ///   - topicActors: the article's topic actors.
    ///   - titleSetsTopic: true for a title, which speaks of the topic actors without an anaphor
    ///     ("Sino-Russian Military Alliance").
    public func matches(in tokens: [Token], actors: Set<String>, topicActors: Set<String>,
                        titleSetsTopic: Bool = false) -> [Match] {
        var found: [Match] = []
        for (index, entry) in entries.enumerated() {
            let termMatches = terms[index].matches(in: tokens)
            guard !termMatches.isEmpty else { continue }
            let required = Set(entry.actors)
            let via: Match.Via
            if required.isSubset(of: actors) {
                via = .actors
            } else if required.isSubset(of: topicActors.union(actors)),
                      titleSetsTopic || !anaphora[index].matches(in: tokens).isEmpty {
                via = .topic
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
