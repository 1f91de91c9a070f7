import Domain

// The domain's closed sets bind as their stored text, so a statement takes `kind` rather than
// `kind.rawValue`. Every set of Domain is listed here (`DomainSchemaTests` lists them too).
extension DatabaseBindable where Self: ClosedSet {
    public var databaseValue: DatabaseValue { .text(rawValue) }
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
