/// Writes an argument graph as Argdown (https://argdown.org/syntax/): a heading per source, each
/// claim as a statement `[c12]: text — speaker, likelihood #for`, and its outgoing relations indented
/// under it: `+> [c13]` (supports), `-> [c14]` (attacks). Argdown has no rephrase relation; a
/// rephrase is written as support both ways, with a comment saying so.
///
/// Claim text cannot open Argdown syntax: brackets become parentheses, angle brackets guillemets,
/// braces parentheses and `#` a fullwidth sign, line breaks spaces.
public enum ArgdownWriter {
    /// The Argdown text of the graph.
    public static func write(_ graph: ArgumentGraph) -> String {
        var outgoing: [Int: [(GraphLink, Int)]] = [:]
        for link in graph.links {
            outgoing[link.from, default: []].append((link, link.to))
            if link.type == "rephrases" { outgoing[link.to, default: []].append((link, link.from)) }
        }
        var lines = ["===", "title: " + clean("argkb argument map: \(graph.scope.title)"), "===", ""]
        for source in graph.sources {
            let date = source.published.map { " (\(String($0.prefix(10))))" } ?? " (undated)"
            lines.append("# " + clean(source.name) + date)
            lines.append("")
            for claim in graph.claims(of: source) {
                var text = "[c\(claim.id)]: " + clean(claim.text) + " — " + clean(claim.speaker)
                if let likelihood = claim.likelihood { text += ", " + likelihood }
                if let polarity = claim.polarity, polarity != "neutral" { text += " #" + polarity }
                if claim.method == "curated" { text += " #curated" }
                lines.append(text)
                for (link, target) in outgoing[claim.id] ?? [] {
                    switch link.type {
                    case "supports": lines.append("  +> [c\(target)]")
                    case "attacks": lines.append("  -> [c\(target)]")
                    default:
                        lines.append("  // rephrases c\(target) (written as support both ways)")
                        lines.append("  +> [c\(target)]")
                    }
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text that cannot open a statement reference, an argument, a tag or metadata.
    static func clean(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "[", "{": out.append("(")
            case "]", "}": out.append(")")
            case "<": out.append("‹")
            case ">": out.append("›")
            case "#": out.append("＃")
            case _ where character.isNewline: out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }
}
