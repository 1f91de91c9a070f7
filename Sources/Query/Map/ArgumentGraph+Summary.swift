/// A map small enough to draw: Graphviz lays out a few hundred nodes in a second, but fails on
/// thousands ("trouble in init_rank") and the picture would be unreadable anyway.
extension ArgumentGraph {
    /// The most claims a report draws: Graphviz lays out the seeds' 189 in a second, and failed on
    /// the 869 of 300 generated sources.
    public static let drawableClaims = 250
    /// The most links a report draws between them: links across the source clusters drive dot's
    /// time (a map of 250 claims took 0.9 s with 250 links, 5.5 s with 350, 26 s with 600).
    public static let drawableLinks = 250

    /// The graph itself when it is small enough to draw; otherwise its main claims: first each
    /// source's conclusions on the propositions (the author's before a quoted speaker's), shared out
    /// evenly among the propositions, then the other claims on a proposition, each by confidence,
    /// with the links among those kept.
    ///
    /// - Returns: the graph to draw, and a sentence saying what was left out (nil when nothing was).
    public func summarized(claimLimit: Int = drawableClaims, linkLimit: Int = drawableLinks)
        -> (graph: ArgumentGraph, note: String?)
    {
        guard claims.count > claimLimit || links.count > linkLimit else { return (self, nil) }
        var kept: [GraphClaim] = claims
        if claims.count > claimLimit {
            func rank(_ claim: GraphClaim) -> (Int, Int, Double, Int) {
                let tier = claim.propositionID == nil ? 2 : (claim.role == "conclusion" ? 0 : 1)
                return (tier, claim.speakerName == nil ? 0 : 1, -claim.confidence, claim.id)
            }
            let byProposition = Dictionary(
                grouping: claims.filter { $0.propositionID != nil && $0.role == "conclusion" },
                by: { $0.propositionID ?? "" })
            let share = max(1, claimLimit / max(1, byProposition.count))
            var chosen: [GraphClaim] = []
            for proposition in byProposition.keys.sorted() {
                chosen += (byProposition[proposition] ?? []).sorted { rank($0) < rank($1) }.prefix(share)
            }
            let chosenIDs = Set(chosen.map(\.id))
            let rest = claims.filter { !chosenIDs.contains($0.id) }.sorted { rank($0) < rank($1) }
            kept = chosen + rest.prefix(max(0, claimLimit - chosen.count))
        }
        let keptIDs = Set(kept.map(\.id))
        let keptLinks = Array(links.filter { keptIDs.contains($0.from) && keptIDs.contains($0.to) }.prefix(linkLimit))
        let keptSources = Set(kept.map(\.sourceID))
        let order = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($0.element.id, $0.offset) })
        let graph = ArgumentGraph(
            scope: scope, sources: sources.filter { keptSources.contains($0.id) },
            claims: kept.sorted { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) }, links: keptLinks)
        let note =
            "The map is too large to draw (\(claims.count) claims, \(links.count) links): it shows the "
            + "\(graph.claims.count) main claims (each source's conclusions on the propositions first) and "
            + "\(graph.links.count) links between them. `argkb map --format json` gives the whole graph."
        return (graph, note)
    }
}
