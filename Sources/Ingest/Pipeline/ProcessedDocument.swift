/// Everything the pure stages extracted from one file, ready for the writer.
public struct ProcessedDocument: Sendable {
    public let file: SourceFile
    public let normalized: NormalizedSource
    public let sentences: [Sentence]
    public let mentions: [ActorMention]
    public let candidates: [EntityCandidate]
    public let claims: [ExtractedClaim]
    public let verdicts: [ExtractedVerdict]
    public let relations: [ExtractedRelation]
    public let links: [ExtractedLink]
    /// The normalized text as scalars, made once by the extraction thread: the writer, the one
    /// thread every document goes through, reads the sentences' and mentions' text from it.
    public let text: ScalarText
    /// How long each stage took on this document.
    public var times = StageTimes()
}
