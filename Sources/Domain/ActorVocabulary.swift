/// What an actor is.
public enum ActorKind: String, ClosedSet {
    case state
    case person
    case organization
    case region
    case bloc
    case initiative
    case company
    case media

    public static let schemaColumns = ["actors.kind"]

    /// Kinds that speak and act as people and bodies do (not places): the candidate finder's and
    /// the affiliation reader's.
    public var isAgent: Bool { [.person, .organization, .company, .media].contains(self) }
}

/// Where an actor comes from: the lexicon's gazetteer, or names the candidate finder is sure of.
public enum ActorMethod: String, ClosedSet {
    case lexicon
    case candidate

    public static let schemaColumns = ["actors.method"]
}

/// How a surface form names an actor ("Beijing" a metonym of China, "Chinese" its adjective).
public enum AliasKind: String, ClosedSet {
    case name
    case acronym
    case metonym
    case demonym
    case adjective
    case short

    public static let schemaColumns = ["actor_aliases.alias_kind", "mentions.alias_kind"]
}

/// The kind the candidate finder guesses for a name the gazetteer does not know.
public enum CandidateKind: String, ClosedSet {
    case person
    case organization
    case media
    case place
    case state
    case event
    case other

    public static let schemaColumns = ["entity_candidates.kind_guess"]
}
