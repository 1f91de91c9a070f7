/// What kind of assertion a claim is.
public enum ClaimType: String, ClosedSet {
    case prediction
    case assessment
    case reason
    case fact
    case recommendation

    public static let schemaColumns = ["claims.claim_type"]
}

/// A claim's place in its source's argument: the conclusion argued for, or a premise.
public enum ClaimRole: String, ClosedSet {
    case conclusion
    case premise

    public static let schemaColumns = ["claims.role"]
}

/// A claim's side toward its proposition.
public enum ClaimPolarity: String, ClosedSet {
    case `for`
    case against
    case neutral

    public static let schemaColumns = ["claims.polarity"]
}

/// A verdict's side: a source that argues both ways is mixed.
public enum VerdictPolarity: String, ClosedSet {
    case `for`
    case against
    case mixed

    public static let schemaColumns = ["verdicts.polarity"]
}

/// The mood of a claim's clause.
public enum ClaimContext: String, ClosedSet {
    case asserted
    case future
    case hypothetical
    case negated

    public static let schemaColumns = ["claims.context"]
}
