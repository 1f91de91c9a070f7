/// Whether a predicate reads the same both ways ("Russia and China trade": each trades with the
/// other) or from subject to object ("Russia sanctions Ukraine").
public enum PredicateDirection: String, ClosedSet {
    case symmetric
    case directed

    public static let schemaColumns = ["predicates.direction"]
}

/// A relation between two actors, PLOVER-style (<https://github.com/openeventdata/PLOVER>).
public enum RelationPredicate: String, ClosedSet {
    case cooperatesWith = "cooperates_with"
    case alliesWith = "allies_with"
    case supports
    case tradesWith = "trades_with"
    case investsIn = "invests_in"
    case sellsArmsTo = "sells_arms_to"
    case exercisesWith = "exercises_with"
    case dependsOn = "depends_on"
    case competesWith = "competes_with"
    case distrusts
    case opposes
    case sanctions
    case threatens
    case claimsTerritoryOf = "claims_territory_of"
    case counterbalances
    case recognizes

    /// The `predicates` table lists them, in this order; relations store the code.
    public static let schemaColumns = ["relations.predicate"]

    /// Symmetric predicates are stored once per pair and read both ways.
    public var direction: PredicateDirection {
        switch self {
        case .cooperatesWith, .alliesWith, .tradesWith, .exercisesWith, .competesWith: return .symmetric
        default: return .directed
        }
    }

    /// What the predicate says, for the `predicates` table and `argkb relations --help`.
    public var meaning: String {
        switch self {
        case .cooperatesWith: return "works together with"
        case .alliesWith: return "is or becomes an ally of"
        case .supports: return "backs, politically or materially"
        case .tradesWith: return "trades with"
        case .investsIn: return "invests in"
        case .sellsArmsTo: return "sells or supplies arms to"
        case .exercisesWith: return "holds military exercises with"
        case .dependsOn: return "depends on"
        case .competesWith: return "competes or is a rival of"
        case .distrusts: return "distrusts or suspects"
        case .opposes: return "opposes or criticizes"
        case .sanctions: return "imposes sanctions on"
        case .threatens: return "threatens"
        case .claimsTerritoryOf: return "claims territory of"
        case .counterbalances: return "counterbalances or hedges against"
        case .recognizes: return "recognizes diplomatically"
        }
    }
}

/// CAMEO's quad classes: cooperation or conflict, in words or in deeds.
public enum QuadClass: String, ClosedSet {
    case verbalCooperation = "verbal_cooperation"
    case materialCooperation = "material_cooperation"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"

    public static let schemaColumns = ["relations.quad_class"]
}

/// The mood of a relation's sentence; `reported` when someone other than the author says it.
public enum RelationContext: String, ClosedSet {
    case asserted
    case future
    case hypothetical
    case negated
    case reported

    public static let schemaColumns = ["relations.context"]
}
