/// Writes an argument graph as Graphviz DOT: a cluster per source, claims as boxes labelled with a
/// short text, the speaker and the likelihood, edges coloured by link type.
///
/// Colours: support green, attack red (with a tee head), rephrase grey and dashed. A box is filled
/// by polarity toward the proposition (for green, against red, neutral or none white); a curated
/// claim has a double border, a defeated claim (grounded label `out`) grey text.
/// See https://graphviz.org/doc/info/lang.html for the quoting rules.
public enum DotWriter {
    /// The DOT text of the graph.
    public static func write(_ graph: ArgumentGraph) -> String {
        var lines = [
            "digraph argkb {",
            "  graph [newrank=true, rankdir=LR, fontname=\"Helvetica\", fontsize=11, labelloc=t, compound=true, "
                + "label=\(quote("argkb argument map: \(graph.scope.title)"))];",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=9, fillcolor=\"#ffffff\"];",
            "  edge [fontname=\"Helvetica\", fontsize=8];",
        ]
        for source in graph.sources {
            lines.append("  subgraph cluster_s\(source.id) {")
            let heading = source.name + (source.published.map { " (\(String($0.prefix(10))))" } ?? " (undated)")
            lines.append("    label=\(quote(Snippet.short(heading, limit: 90)));")
            lines.append("    style=\"rounded\"; color=\"#9e9e9e\"; fontsize=10;")
            for claim in graph.claims(of: source) {
                lines.append("    " + node(claim))
            }
            lines.append("  }")
        }
        for link in graph.links {
            lines.append("  c\(link.from) -> c\(link.to) [" + edgeAttributes(link) + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fill colour by polarity.
    static func fill(_ polarity: String?) -> String {
        switch polarity {
        case "for": return "#d7f0dd"
        case "against": return "#f8d7da"
        case "neutral": return "#eef1f6"
        default: return "#ffffff"
        }
    }

    /// Edge colour by link type.
    static func colour(_ type: String) -> String {
        switch type {
        case "supports": return "#2e7d32"
        case "attacks": return "#c62828"
        default: return "#757575"
        }
    }

    private static func node(_ claim: GraphClaim) -> String {
        var label = Snippet.wrap(Snippet.short(claim.text, limit: 110), width: 34)
        label.append("— " + claim.speaker + (claim.likelihood.map { " · " + $0 } ?? ""))
        var attributes = [
            "label=" + quote(label.joined(separator: "\n")),
            "tooltip=" + quote("claim \(claim.id) (\(claim.claimType), \(claim.role)) at \(claim.location): \(claim.text)"),
            "fillcolor=\"\(fill(claim.polarity))\"",
        ]
        if claim.method == "curated" { attributes.append("peripheries=2") }
        if claim.acceptability == "out" { attributes.append("fontcolor=\"#757575\"") }
        return "c\(claim.id) [" + attributes.joined(separator: ", ") + "];"
    }

    private static func edgeAttributes(_ link: GraphLink) -> String {
        var attributes = ["color=\"\(colour(link.type))\"", "fontcolor=\"\(colour(link.type))\""]
        let label = link.cue.map { Snippet.short($0, limit: 24) } ?? link.type
        attributes.append("label=" + quote(link.scope == "across_sources" ? label + " (across)" : label))
        attributes.append("tooltip=" + quote("link \(link.id): claim \(link.from) \(link.type) claim \(link.to)"))
        switch link.type {
        case "attacks": attributes.append("arrowhead=tee")
        case "rephrases": attributes += ["style=dashed", "arrowhead=none"]
        default: break
        }
        if link.scope == "across_sources" { attributes.append("penwidth=1.6") }
        return attributes.joined(separator: ", ")
    }

    /// A DOT double-quoted string: backslash and quote escaped, line breaks as `\n` (centred lines).
    static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
