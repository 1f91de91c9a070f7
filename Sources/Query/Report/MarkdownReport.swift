import Foundation

/// The report as Markdown (CommonMark with GitHub tables). Written to a file, the timeline and the map
/// are SVG files beside it, linked as images; on standard output the timeline is a table and the map
/// DOT text in a fenced block.
public enum MarkdownReport {
    public static func render(_ data: ReportData, map: ReportMap, attachmentStem: String?) -> ReportDocument {
        var out: [String] = []
        var attachments: [(name: String, contents: String)] = []
        out.append("# " + escape(ReportBuilder.title(data)))
        out.append("")
        for proposition in data.propositions {
            out.append("- Proposition `\(proposition.id)`: " + escape(proposition.statement))
        }
        out.append(
            "- \(data.verdicts.count) verdicts, \(data.graph.claims.count) claims and \(data.graph.links.count) "
                + "argument links in the map")
        out.append("")

        out.append("## Verdicts")
        out.append("")
        let groups = data.verdictsByProposition
        let several = groups.count > 1
        for group in groups {
            if several {
                out.append("### " + escape(group.statement) + " (`\(group.id)`)")
                out.append("")
            }
            for verdict in group.verdicts {
                out.append((several ? "#### " : "### ") + escape(ReportBuilder.dated(verdict.title, verdict.published)))
                out.append("")
                out.append(
                    "**\(escape(verdict.verdictText))**, \(verdict.polarity) · " + escape(ReportBuilder.provenance(verdict)))
                out.append("")
                for evidence in verdict.evidence {
                    out.append("> " + escape(evidence.sentence))
                    out.append(">")
                    out.append(
                        "> — \(escape(evidence.speaker)), `\(evidence.location)` (claim \(evidence.claimID), "
                            + "\(escape(evidence.explanation)))")
                    out.append("")
                }
            }
        }
        if !data.sourcesWithoutVerdict.isEmpty {
            out.append("Sources without a verdict of their own:")
            out.append("")
            for source in data.sourcesWithoutVerdict {
                out.append("- " + escape(ReportBuilder.dated(source.title, source.published)) + " (`\(source.slug)`)")
            }
            out.append("")
        }

        out.append("## Verdict timeline")
        out.append("")
        for group in groups {
            if several {
                out.append("### " + escape(group.statement) + " (`\(group.id)`)")
                out.append("")
            }
            if let stem = attachmentStem {
                let name = stem + (several ? ".timeline-\(group.id).svg" : ".timeline.svg")
                attachments.append((name, VerdictTimeline.svg(group.verdicts) + "\n"))
                out.append("![Verdict timeline](\(name))")
                out.append("")
            }
            let dated = group.verdicts.filter { VerdictTimeline.day($0.published) != nil }
            let undated = group.verdicts.filter { VerdictTimeline.day($0.published) == nil }
            out.append(
                table(
                    ["published", "source", "verdict", "polarity"],
                    dated.map {
                        [$0.published ?? "", $0.title, $0.verdictText, $0.polarity]
                    }))
            if !undated.isEmpty {
                out.append(
                    "Undated: "
                        + undated.map { escape($0.title) + " (" + escape($0.verdictText) + ", \($0.polarity))" }
                        .joined(separator: "; "))
                out.append("")
            }
        }

        out.append("## Argument map")
        out.append("")
        if let note = map.note { out += ["*" + escape(note) + "*", ""] }
        if let stem = attachmentStem, let svg = map.svg {
            let name = stem + ".map.svg"
            attachments.append((name, svg + "\n"))
            out.append("![Argument map](\(name))")
        } else {
            if attachmentStem == nil { out += ["*The map is drawn as SVG when the report is written to a file (-o).*", ""] }
            out.append("```dot")
            out.append(map.dot.trimmingCharacters(in: .newlines))
            out.append("```")
        }
        out.append("")

        out.append("## Main claims for")
        out.append("")
        out.append(table(data.claimsFor, ReportData.claimColumns))
        out.append("## Main claims against")
        out.append("")
        out.append(table(data.claimsAgainst, ReportData.claimColumns))

        out.append("## Actors and their relations")
        out.append("")
        out.append(table(data.actors, data.actors.columns))
        out.append(
            "Relations involving the propositions' actors (\(data.relations.rows.count) of \(data.relationTotal), "
                + "asserted first; all in the `relation_details` view):")
        out.append("")
        out.append(
            table(data.relations, ["subject", "predicate", "object", "region", "context", "speaker", "source", "sentence"]))

        out.append("## Contradictions between sources")
        out.append("")
        for sentence in ReportBuilder.opposedSentences(data) { out.append("- " + escape(sentence)) }
        if !data.opposedVerdicts.isEmpty { out.append("") }
        out.append(
            table(
                data.contradictions,
                ["claim", "claim_text", "claim_source", "attacker", "attacker_text", "attacker_source", "cue"]))

        out.append("## What was curated")
        out.append("")
        if data.curated.rows.isEmpty {
            out.append("Nothing: every row is as argkb extracted it (`method = 'rule'`).")
            out.append("")
        } else {
            out.append(table(data.curated, data.curated.columns))
        }
        return ReportDocument(text: out.joined(separator: "\n"), attachments: attachments)
    }

    /// Backslash-escapes the ASCII punctuation that Markdown would read as markup, and flattens lines.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) {
                out.append("\\")
                out.append(character)
            } else if character.isNewline {
                out.append(" ")
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func table(_ listing: Listing, _ columns: [String]) -> String {
        let indexes = columns.compactMap { listing.columns.firstIndex(of: $0) }
        return table(indexes.map { listing.columns[$0] }, listing.rows.map { row in indexes.map { row[$0].plainText } })
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "None.\n" }
        var lines = [
            "| " + header.map(escape).joined(separator: " | ") + " |",
            "|" + header.map { _ in " --- |" }.joined(),
        ]
        for row in rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
