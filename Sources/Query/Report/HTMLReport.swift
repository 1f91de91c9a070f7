/// The report as one self-contained HTML file: inline CSS, the timeline and the map as inline SVG,
/// no script and no external asset. Every text from the database is escaped.
public enum HTMLReport {
    public static func render(_ data: ReportData, map: ReportMap) -> String {
        let title = ReportBuilder.title(data)
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(e(title))</title>")
        out.append("<style>\(css)</style></head><body>")
        out.append("<header><h1>\(e(title))</h1>")
        for proposition in data.propositions {
            out.append("<p class=\"meta\">Proposition <code>\(e(proposition.id))</code>: \(e(proposition.statement))</p>")
        }
        out.append(
            "<p class=\"meta\">\(data.verdicts.count) verdicts · \(data.graph.claims.count) claims and "
                + "\(data.graph.links.count) argument links in the map</p>")
        out.append(
            "<nav>"
                + [
                    ("verdicts", "Verdicts"), ("timeline", "Timeline"), ("map", "Argument map"),
                    ("claims", "Claims"), ("actors", "Actors"), ("contradictions", "Contradictions"),
                    ("curated", "Curated"),
                ].map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined(separator: " ")
                + "</nav></header><main>")

        out.append("<section id=\"verdicts\"><h2>Verdicts</h2>")
        let groups = data.verdictsByProposition
        let several = groups.count > 1
        for group in groups {
            if several { out.append("<h3 class=\"proposition\">\(e(group.statement)) <code>\(e(group.id))</code></h3>") }
            for verdict in group.verdicts {
                out.append("<article class=\"verdict \(e(verdict.polarity))\">")
                let heading = several ? "h4" : "h3"
                out.append(
                    "<\(heading)>\(e(verdict.title)) <span class=\"date\">\(e(verdict.published ?? "undated"))</span></\(heading)>"
                )
                out.append(
                    "<p><span class=\"badge \(e(verdict.polarity))\">\(e(verdict.verdictText))</span> "
                        + "<span class=\"polarity\">\(e(verdict.polarity))</span> "
                        + (verdict.method == "curated" ? "<span class=\"badge curated\">curated</span> " : "")
                        + "<span class=\"meta\">\(e(ReportBuilder.provenance(verdict)))</span></p>")
                for evidence in verdict.evidence {
                    out.append(
                        "<blockquote><p>\(e(evidence.sentence))</p><footer>— \(e(evidence.speaker)), "
                            + "<code>\(e(evidence.location))</code> (claim \(evidence.claimID), "
                            + "\(e(evidence.explanation)))</footer></blockquote>")
                }
                out.append("</article>")
            }
        }
        if !data.sourcesWithoutVerdict.isEmpty {
            out.append("<p>Sources without a verdict of their own:</p><ul>")
            for source in data.sourcesWithoutVerdict {
                out.append(
                    "<li>\(e(source.title)) <span class=\"date\">\(e(source.published ?? "undated"))</span> "
                        + "<code>\(e(source.slug))</code></li>")
            }
            out.append("</ul>")
        }
        out.append("</section>")

        out.append("<section id=\"timeline\"><h2>Verdict timeline</h2>")
        for group in groups {
            if several { out.append("<h3 class=\"proposition\">\(e(group.statement)) <code>\(e(group.id))</code></h3>") }
            out.append(
                "<figure class=\"chart\">" + VerdictTimeline.svg(group.verdicts)
                    + "<figcaption>Each bar spans the ICD 203 band of a source's verdict, placed at its publication date; "
                    + "the dot is the band's middle. Undated sources stand in the right-hand column.</figcaption></figure>")
            let undated = group.verdicts.filter { VerdictTimeline.day($0.published) == nil }
            if !undated.isEmpty {
                out.append(
                    "<p>Undated sources: "
                        + undated.map { "\(e($0.title)) (\(e($0.verdictText)), \(e($0.polarity)))" }
                        .joined(separator: "; ") + "</p>")
            }
            let unbanded = group.verdicts.filter { $0.pLow == nil || $0.pHigh == nil }
            if !unbanded.isEmpty {
                out.append("<p>Not drawn (no likelihood band): " + unbanded.map { e($0.title) }.joined(separator: "; ") + "</p>")
            }
        }
        out.append("</section>")

        out.append("<section id=\"map\"><h2>Argument map</h2>")
        out.append(
            "<p class=\"meta\">Boxes are claims (green: for, red: against, grey-blue: neutral), grouped by source; "
                + "green arrows support, red tee-headed arrows attack, dashed grey lines rephrase.</p>")
        if let svg = map.svg {
            if let note = map.note { out.append("<p class=\"note\">\(e(note))</p>") }
            out.append("<div class=\"map\">\(svg)</div>")
        } else {
            out.append("<p class=\"note\">\(e(map.note ?? "No map."))</p><pre class=\"dot\">\(e(map.dot))</pre>")
        }
        out.append("</section>")

        out.append("<section id=\"claims\"><h2>Main claims for</h2>")
        out.append(table(data.claimsFor, ReportData.claimColumns))
        out.append("<h2>Main claims against</h2>")
        out.append(table(data.claimsAgainst, ReportData.claimColumns))
        out.append("</section>")

        out.append("<section id=\"actors\"><h2>Actors and their relations</h2>")
        out.append(table(data.actors, data.actors.columns))
        out.append(
            "<p>Relations involving the propositions' actors (\(data.relations.rows.count) of \(data.relationTotal), "
                + "asserted first; all in the <code>relation_details</code> view):</p>")
        out.append(
            table(data.relations, ["subject", "predicate", "object", "region", "context", "speaker", "source", "sentence"]))
        out.append("</section>")

        out.append("<section id=\"contradictions\"><h2>Contradictions between sources</h2>")
        let opposed = ReportBuilder.opposedSentences(data)
        if !opposed.isEmpty { out.append("<ul>" + opposed.map { "<li>\(e($0))</li>" }.joined() + "</ul>") }
        out.append(
            table(
                data.contradictions,
                ["claim", "claim_text", "claim_source", "attacker", "attacker_text", "attacker_source", "cue"]))
        out.append("</section>")

        out.append("<section id=\"curated\"><h2>What was curated</h2>")
        if data.curated.rows.isEmpty {
            out.append("<p>Nothing: every row is as argkb extracted it (<code>method = 'rule'</code>).</p>")
        } else {
            out.append(table(data.curated, data.curated.columns))
        }
        out.append("</section></main>")
        out.append(
            "<footer class=\"meta\">Written by argkb. Locations read <code>slug @start+length</code>: "
                + "<code>substr(sources.text, start + 1, length)</code> is the sentence.</footer>")
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func e(_ text: String) -> String { Markup.escape(text) }

    private static func table(_ listing: Listing, _ columns: [String]) -> String {
        let indexes = columns.compactMap { listing.columns.firstIndex(of: $0) }
        guard !listing.rows.isEmpty else { return "<p class=\"meta\">None.</p>" }
        var out = "<table><thead><tr>" + indexes.map { "<th>\(e(listing.columns[$0]))</th>" }.joined() + "</tr></thead><tbody>"
        for row in listing.rows {
            out +=
                "<tr>"
                + indexes.map { index in
                    let name = listing.columns[index]
                    let wide = ["sentence", "claim_text", "attacker_text", "text"].contains(name)
                    return "<td" + (wide ? " class=\"text\"" : "") + ">\(e(row[index].plainText))</td>"
                }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    static let css = """
        body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#fff;line-height:1.45}
        header{background:#24344d;color:#fff;padding:18px 32px}header h1{margin:0 0 6px;font-size:1.6em}
        header .meta{color:#d5dbe5}header code{background:rgba(255,255,255,.18);color:#fff}nav a{color:#fff;margin-right:14px;font-size:.9em}
        main{padding:8px 32px 32px;max-width:1400px}h2{border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}
        h3{margin:0 0 4px;font-size:1.1em}.date{color:#57606a;font-weight:normal;font-size:.85em}
        .meta{color:#57606a;font-size:.9em}code{font-size:.85em;background:#f3f4f6;padding:1px 4px;border-radius:3px}
        article.verdict{border-left:6px solid #ef8f00;padding:8px 14px;margin:14px 0;background:#fafbfc}
        article.verdict.for{border-color:#2e7d32}article.verdict.against{border-color:#c62828}
        .badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;background:#ef8f00;font-weight:600;font-size:.9em}
        .badge.for{background:#2e7d32}.badge.against{background:#c62828}.badge.curated{background:#6f42c1}
        .polarity{font-weight:600;margin-right:6px}
        blockquote{margin:8px 0 8px 12px;padding:4px 12px;border-left:3px solid #d0d7de;color:#24292f}
        blockquote p{margin:0}blockquote footer{color:#57606a;font-size:.85em}
        figure.chart{margin:0}figure.chart svg{max-width:100%;height:auto}figcaption{color:#57606a;font-size:.85em}
        .map{overflow:auto;border:1px solid #d0d7de;max-height:1400px}.map svg{max-width:100%;height:auto}
        pre.dot{background:#f6f8fa;padding:10px;overflow:auto;max-height:500px;font-size:.8em}.note{color:#9a6700}
        table{border-collapse:collapse;margin:8px 0 16px;font-size:.88em;width:100%}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
        td.text{min-width:320px}footer.meta{padding:16px 32px;border-top:1px solid #d0d7de}
        """
}
