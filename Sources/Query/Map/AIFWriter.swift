/// Writes an argument graph as AIF JSON, in the shape AIFdb and OVA exchange:
/// `{"nodes": [...], "edges": [...], "locutions": [...], "participants": [...]}`.
///
/// - Each claim is an I-node (`I<claim id>`) holding the claim's words.
/// - Each claim has an L-node (`L<claim id>`, "speaker: text") for the locution, and a YA node
///   (`YA<claim id>`) from the L-node to the I-node: "Asserting" when the author speaks,
///   "Reporting" when the author reports a quoted speaker.
/// - Each argument link is an S-node between two I-nodes: RA ("Default Inference") for supports,
///   CA ("Default Conflict") for attacks, MA ("Default Rephrase") for rephrases (`RA<link id>`...).
/// - Edges: `edgeID`, `fromID`, `toID`, `formEdgeID: null`.
/// - Locutions: `nodeID` (the L-node), `personID` (a participant), `timestamp`, `start`/`end`
///   (null: AIFdb keeps times of speech there), `source` ("slug @start+length", the README's location),
///   and argkb's additions `sourceTitle`, `offset` and `length` (code points into `sources.text`).
///
/// Node timestamps are the source's publication date ("YYYY-MM-DD HH:mm:ss", AIFdb's format), empty
/// when the source is undated.
public enum AIFWriter {
    /// The AIF scheme node type of an argkb link type.
    public static func schemeType(of linkType: String) -> String {
        switch linkType {
        case "supports": return "RA"
        case "attacks": return "CA"
        default: return "MA"
        }
    }

    /// The AIF JSON text of the graph.
    public static func write(_ graph: ArgumentGraph) -> String {
        var nodes: [String] = []
        var edges: [String] = []
        var locutions: [String] = []
        var participants: [String: Int] = [:]
        var participantOrder: [String] = []
        func participant(_ name: String) -> Int {
            if let id = participants[name] { return id }
            let id = participants.count + 1
            participants[name] = id
            participantOrder.append(name)
            return id
        }
        func node(_ id: String, _ text: String, _ type: String, _ timestamp: String) {
            nodes.append(
                JSONText.object([
                    ("nodeID", JSONText.string(id)), ("text", JSONText.string(text)),
                    ("type", JSONText.string(type)), ("timestamp", JSONText.string(timestamp)),
                ]))
        }
        func edge(_ from: String, _ to: String) {
            edges.append(
                JSONText.object([
                    ("edgeID", JSONText.string(String(edges.count + 1))),
                    ("fromID", JSONText.string(from)), ("toID", JSONText.string(to)),
                    ("formEdgeID", "null"),
                ]))
        }
        for claim in graph.claims {
            let time = timestamp(claim.published)
            let speaker = claim.speakerName ?? authorName(claim, graph)
            node("I\(claim.id)", claim.text, "I", time)
            node("L\(claim.id)", speaker + ": " + claim.text, "L", time)
            node("YA\(claim.id)", claim.speakerName == nil ? "Asserting" : "Reporting", "YA", time)
            edge("L\(claim.id)", "YA\(claim.id)")
            edge("YA\(claim.id)", "I\(claim.id)")
            locutions.append(
                JSONText.object([
                    ("nodeID", JSONText.string("L\(claim.id)")),
                    ("personID", JSONText.string(String(participant(speaker)))),
                    ("timestamp", JSONText.string(time)),
                    ("start", "null"), ("end", "null"),
                    ("source", JSONText.string(claim.location)),
                    ("sourceTitle", claim.sourceTitle.map(JSONText.string) ?? "null"),
                    ("offset", String(claim.start)), ("length", String(claim.length)),
                ]))
        }
        let published = Dictionary(graph.claims.map { ($0.id, $0.published) }, uniquingKeysWith: { first, _ in first })
        for link in graph.links {
            let type = schemeType(of: link.type)
            let text = ["RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"][type] ?? type
            let id = "\(type)\(link.id)"
            node(id, text, type, timestamp(published[link.to] ?? nil))
            edge("I\(link.from)", id)
            edge(id, "I\(link.to)")
        }
        let people = participantOrder.map { name in
            JSONText.object([
                ("participantID", JSONText.string(String(participants[name] ?? 0))),
                ("firstname", JSONText.string(name)), ("surname", JSONText.string("")),
            ])
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n ]"
        }
        return "{\n \"nodes\": \(list(nodes)),\n \"edges\": \(list(edges)),\n \"locutions\": \(list(locutions)),\n"
            + " \"participants\": \(list(people))\n}\n"
    }

    /// The author as a participant: the byline, else "author of <slug>".
    private static func authorName(_ claim: GraphClaim, _ graph: ArgumentGraph) -> String {
        if let author = graph.sources.first(where: { $0.id == claim.sourceID })?.author { return author }
        return "author of \(claim.sourceSlug)"
    }

    /// An ISO 8601 date or date-time as AIFdb's "YYYY-MM-DD HH:mm:ss"; empty when undated.
    static func timestamp(_ published: String?) -> String {
        guard let published, published.count >= 10 else { return "" }
        let date = String(published.prefix(10))
        var time = published.count > 11 ? String(published.dropFirst(11)) : "00:00:00"
        if time.count == 5 { time += ":00" }
        return date + " " + String(time.prefix(8))
    }
}
