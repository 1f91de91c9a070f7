/// Per-document facts the claim stages share, computed once: mentions grouped by sentence, the
/// topic actors, the title and lead sentences.
struct DocumentContext: Sendable {
    /// Mentions of each sentence, in order.
    let mentionsBySentence: [[ActorMention]]
    /// Entity candidates of each sentence.
    let candidatesBySentence: [[EntityCandidate]]
    /// The actors the article is about: those named in the title (in its first sentence when it has
    /// no title), and those mentioned at least `topicShare` as often as the most mentioned actor (and
    /// at least twice).
    let topicActors: Set<String>

    /// An actor mentioned this share as often as the top actor belongs to the topic; a third keeps
    /// both sides of a bilateral article even when one side dominates.
    static let topicShare = 0.3

    /// - Parameter affiliations: actor → the state it stands for; a topic actor's state is a topic
    ///   actor too (an article about the Federal Reserve is about the United States).
    init(document: AnalyzedText, affiliations: [String: String] = [:]) {
        var bySentence = Array(repeating: [ActorMention](), count: document.sentences.count)
        var counts: [String: Int] = [:]
        var titleActors = Set<String>()
        // Without a title, the first sentence says what the text is about.
        let hasTitle = document.paragraphs.contains { $0.kind == .title }
        for mention in document.mentions where bySentence.indices.contains(mention.sentenceIndex) {
            bySentence[mention.sentenceIndex].append(mention)
            counts[mention.actor, default: 0] += 1
            let paragraph = document.sentences[mention.sentenceIndex].paragraphIndex
            if document.paragraphs.indices.contains(paragraph), document.paragraphs[paragraph].kind == .title {
                titleActors.insert(mention.actor)
            } else if !hasTitle, mention.sentenceIndex == 0 {
                titleActors.insert(mention.actor)
            }
        }
        var candidates = Array(repeating: [EntityCandidate](), count: document.sentences.count)
        for candidate in document.candidates where candidates.indices.contains(candidate.sentenceIndex) {
            candidates[candidate.sentenceIndex].append(candidate)
        }
        let top = counts.values.max() ?? 0
        let threshold = max(2.0, Double(top) * DocumentContext.topicShare)
        mentionsBySentence = bySentence
        candidatesBySentence = candidates
        let topic = titleActors.union(counts.filter { Double($0.value) >= threshold }.map(\.key))
        topicActors = topic.union(topic.compactMap { affiliations[$0] })
    }

    /// The canonical actors named in a sentence.
    func actors(inSentence index: Int) -> Set<String> {
        Set(mentionsBySentence[index].map(\.actor))
    }

    /// The actors named in a sentence and the states they stand for.
    func actors(inSentence index: Int, affiliations: [String: String]) -> Set<String> {
        var actors = actors(inSentence: index)
        for actor in actors { if let state = affiliations[actor] { actors.insert(state) } }
        return actors
    }
}
