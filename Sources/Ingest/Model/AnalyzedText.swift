/// A normalized source after segmentation and tagging: the input of the claim and relation stages.
///
/// Built once per document by the pipeline; `tokens[i]` are the tokens of `sentences[i]`, and
/// `mentions` / `candidates` are sorted by span.
public struct AnalyzedText: Sendable {
    public let text: ScalarText
    public let title: String?
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let tokens: [[Token]]
    public let mentions: [ActorMention]
    public let candidates: [EntityCandidate]

    public init(
        text: ScalarText, title: String?, paragraphs: [Paragraph], sentences: [Sentence],
        tokens: [[Token]], mentions: [ActorMention], candidates: [EntityCandidate]
    ) {
        self.text = text
        self.title = title
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.mentions = mentions
        self.candidates = candidates
    }

    /// The text of sentence `index`.
    public func sentenceText(_ index: Int) -> String { text[sentences[index].span] }
}
