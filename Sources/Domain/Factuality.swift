/// How firmly a source commits to an event: FactBank's factuality values (Saurí and Pustejovsky,
/// "FactBank: a corpus annotated with event factuality", 2009), a modality with a polarity.
///
/// ```swift
/// Factuality.probableNegative.term?.name          // "unlikely"
/// Factuality.probablePositive.composed(over: .certainNegative)  // PR-: "I think they won't"
/// ```
/// On the ICD 203 scale: CT+ very likely, PR+ likely, PS+ and PS- roughly even chance, PR- unlikely,
/// CT- very unlikely, Uu no estimate (see the README's likelihood section). The bands are one step
/// inside the ends of the scale: an author who writes "they will ally" asserts it, but the ends of
/// the scale ("almost certain", "almost no chance") are kept for words that say so.
public enum Factuality: String, ClosedSet {
    case certainPositive = "CT+"
    case probablePositive = "PR+"
    case possiblePositive = "PS+"
    case underspecified = "Uu"
    case possibleNegative = "PS-"
    case probableNegative = "PR-"
    case certainNegative = "CT-"

    public static let schemaColumns = ["claims.factuality"]

    /// The term of the likelihood scale for this value; nil for underspecified.
    public var term: LikelihoodScale.Term? {
        switch self {
        case .certainPositive: return .veryLikely
        case .probablePositive: return .likely
        case .possiblePositive, .possibleNegative: return .roughlyEvenChance
        case .underspecified: return nil
        case .probableNegative: return .unlikely
        case .certainNegative: return .veryUnlikely
        }
    }

    /// +1, -1, or 0 for underspecified.
    public var sign: Int {
        switch self {
        case .certainPositive, .probablePositive, .possiblePositive: return 1
        case .underspecified: return 0
        case .possibleNegative, .probableNegative, .certainNegative: return -1
        }
    }

    /// 3 certain, 2 probable, 1 possible, 0 underspecified.
    public var strength: Int {
        switch self {
        case .certainPositive, .certainNegative: return 3
        case .probablePositive, .probableNegative: return 2
        case .possiblePositive, .possibleNegative: return 1
        case .underspecified: return 0
        }
    }

    /// The value of a strength and a sign.
    public init(strength: Int, sign: Int) {
        switch (min(max(strength, 0), 3), sign) {
        case (_, 0), (0, _): self = .underspecified
        case (3, 1...): self = .certainPositive
        case (2, 1...): self = .probablePositive
        case (1, 1...): self = .possiblePositive
        case (3, _): self = .certainNegative
        case (2, _): self = .probableNegative
        default: self = .possibleNegative
        }
    }

    /// The same modality with the opposite polarity ("will" CT+ → "will not" CT-).
    public var negated: Factuality { Factuality(strength: strength, sign: -sign) }

    /// A source-introducing predicate's value over the value of what it introduces ("I think" PR+
    /// over "they will not ally" CT- gives PR-): the polarities multiply, and the commitment is no
    /// stronger than the weaker of the two (FactBank's composition along the chain of sources).
    public func composed(over inner: Factuality) -> Factuality {
        Factuality(strength: min(strength, inner.strength), sign: sign * inner.sign)
    }
}
