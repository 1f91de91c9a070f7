import Domain

// The domain's closed sets bind as their stored text, so a statement takes `kind` rather than
// `kind.rawValue`. Every set of Domain is listed here (`DomainSchemaTests` lists them too).
extension DatabaseBindable where Self: ClosedSet {
    public var databaseValue: DatabaseValue { .text(rawValue) }
}

extension Database {
    /// Every closed set of Domain, so that an upgrade finds the set a `<column>_code` stores
    /// (`DomainSchemaTests` checks this list is complete against schema.sql).
    public static let closedSets: [any ClosedSet.Type] = [
        RowMethod.self, ClaimType.self, ClaimRole.self, ClaimPolarity.self, VerdictPolarity.self, ClaimContext.self,
        ActorKind.self, ActorMethod.self, AliasKind.self, CandidateKind.self, PredicateDirection.self, RelationPredicate.self,
        QuadClass.self, RelationContext.self, LinkType.self, LinkScope.self, AcceptabilityLabel.self,
        ParagraphKind.self, RunStatus.self, FileRefusal.self, RemovedLineReason.self, Factuality.self,
        LikelihoodTerm.self,
    ]

    /// The closed set stored in `table.column`, if any.
    static func closedSet(of table: String, _ column: String) -> (any ClosedSet.Type)? {
        closedSets.first { $0.schemaColumns.contains("\(table).\(column)") }
    }
}

extension RowMethod: DatabaseBindable {}
extension ClaimType: DatabaseBindable {}
extension ClaimRole: DatabaseBindable {}
extension ClaimPolarity: DatabaseBindable {}
extension VerdictPolarity: DatabaseBindable {}
extension ClaimContext: DatabaseBindable {}
extension ActorKind: DatabaseBindable {}
extension ActorMethod: DatabaseBindable {}
extension AliasKind: DatabaseBindable {}
extension CandidateKind: DatabaseBindable {}
extension PredicateDirection: DatabaseBindable {}
extension RelationPredicate: DatabaseBindable {}
extension QuadClass: DatabaseBindable {}
extension RelationContext: DatabaseBindable {}
extension LinkType: DatabaseBindable {}
extension LinkScope: DatabaseBindable {}
extension AcceptabilityLabel: DatabaseBindable {}
extension ParagraphKind: DatabaseBindable {}
extension RunStatus: DatabaseBindable {}
extension FileRefusal: DatabaseBindable {}
extension RemovedLineReason: DatabaseBindable {}
extension Factuality: DatabaseBindable {}
extension LikelihoodTerm: DatabaseBindable {}
