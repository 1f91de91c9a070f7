import ArgumentParser
import Domain

// The domain's closed sets as option values: `--help` lists them, and a wrong value is refused by
// the parser with the list (exit 64), from the one definition in Domain.
extension ClaimType: ExpressibleByArgument {}
extension ClaimPolarity: ExpressibleByArgument {}
extension LikelihoodTerm: ExpressibleByArgument {}
extension ActorKind: ExpressibleByArgument {}
extension RelationContext: ExpressibleByArgument {}
