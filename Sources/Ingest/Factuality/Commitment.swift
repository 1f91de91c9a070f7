import Domain

/// The author's commitment to a matter, with the words that carry it.
public struct Commitment: Sendable, Hashable {
    public let value: Factuality
    /// Token indexes of the words that carry the commitment, first to last ("won't", "already",
    /// "rather than", "I don't think ... will").
    public let cue: Range<Int>
    /// The steps of the chain of sources, outermost first: ["belief PR- (I don't think)", "future CT+ (will)"].
    public let chain: [String]
}
