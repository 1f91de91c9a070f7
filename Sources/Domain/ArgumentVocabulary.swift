/// A link between two claims (AIF: RA supports, CA attacks, MA rephrases).
public enum LinkType: String, ClosedSet {
    case supports
    case attacks
    case rephrases

    public static let schemaColumns = ["argument_links.link_type"]
}

/// Whether a link joins claims of one source or of two.
public enum LinkScope: String, ClosedSet {
    case withinSource = "within_source"
    case acrossSources = "across_sources"

    public static let schemaColumns = ["argument_links.scope"]
}

/// A claim's standing in the attack graph under Dung's grounded semantics.
public enum AcceptabilityLabel: String, ClosedSet {
    /// Accepted: no attacker, or every attacker defeated.
    case `in`
    /// Defeated by an accepted attacker.
    case out
    /// In a cycle of attacks.
    case undecided

    public static let schemaColumns = ["claim_acceptability.label"]
}
