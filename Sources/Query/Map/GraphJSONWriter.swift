/// Writes an argument graph as plain JSON: `{"scope", "sources", "nodes", "edges"}` with every
/// field of the claims and links (keys in a fixed order, NULL as null).
public enum GraphJSONWriter {
    public static func write(_ graph: ArgumentGraph) -> String {
        func text(_ value: String?) -> String { value.map(JSONText.string) ?? "null" }
        func number(_ value: Double?) -> String { value.map { JSONText.value(.double($0)) } ?? "null" }
        let sources = graph.sources.map { source in
            JSONText.object([
                ("id", String(source.id)), ("slug", text(source.slug)), ("title", text(source.title)),
                ("author", text(source.author)), ("published", text(source.published)),
            ])
        }
        let nodes = graph.claims.map { claim in
            JSONText.object([
                ("id", String(claim.id)), ("source_id", String(claim.sourceID)), ("source", text(claim.sourceSlug)),
                ("speaker", text(claim.speaker)), ("speaker_actor", text(claim.speakerActor)),
                ("claim_type", text(claim.claimType)), ("role", text(claim.role)),
                ("proposition", text(claim.propositionID)), ("polarity", text(claim.polarity)),
                ("likelihood_term", text(claim.likelihoodTerm)), ("p_low", number(claim.pLow)),
                ("p_high", number(claim.pHigh)), ("cue", text(claim.cue)), ("context", text(claim.context)),
                ("method", text(claim.method)), ("confidence", number(claim.confidence)),
                ("acceptability", text(claim.acceptability)), ("start", String(claim.start)),
                ("length", String(claim.length)), ("location", text(claim.location)), ("text", text(claim.text)),
                ("sentence_id", String(claim.sentenceID)), ("sentence", text(claim.sentence)),
            ])
        }
        let edges = graph.links.map { link in
            JSONText.object([
                ("id", String(link.id)), ("from", String(link.from)), ("to", String(link.to)),
                ("type", text(link.type)), ("scope", text(link.scope)), ("cue", text(link.cue)),
                ("method", text(link.method)),
            ])
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n ]"
        }
        return "{\n \"scope\": \(JSONText.string(graph.scope.title)),\n \"sources\": \(list(sources)),\n"
            + " \"nodes\": \(list(nodes)),\n \"edges\": \(list(edges))\n}\n"
    }
}
