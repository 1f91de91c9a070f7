import Foundation

/// The formats of `argkb report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html
}

/// A rendered report: the main text, and for Markdown written to a file the pictures beside it.
public struct ReportDocument: Sendable {
    public let text: String
    /// File name (relative to the report's folder) and contents.
    public let attachments: [(name: String, contents: String)]
}

/// The argument map of a report: SVG from Graphviz, or the DOT text with a note when it is missing.
public struct ReportMap: Sendable {
    public let dot: String
    public let svg: String?
    /// What the reader should know: the map was summarized, or Graphviz is missing or failed.
    public let note: String?

    /// Draws the graph with Graphviz when there is one; a graph too large to draw is summarized
    /// first (`ArgumentGraph.summarized`). A Graphviz failure is one line in the note.
    public static func draw(_ graph: ArgumentGraph, graphviz: Graphviz?) -> ReportMap {
        let (drawn, summary) = graph.summarized()
        let dot = DotWriter.write(drawn)
        func note(_ text: String?) -> String? {
            [summary, text].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        }
        guard let graphviz else {
            return ReportMap(
                dot: dot, svg: nil,
                note: note(
                    "Graphviz `dot` is not installed, so the map is given as DOT text: "
                        + "render it with `dot -Tsvg` (Debian: apt-get install graphviz)."))
        }
        do {
            return ReportMap(dot: dot, svg: Graphviz.inlineSVG(try graphviz.render(dot)), note: note(nil))
        } catch {
            return ReportMap(dot: dot, svg: nil, note: note("Graphviz could not draw the map (\(error)); here is the DOT text."))
        }
    }

    /// The map as DOT text only, without running Graphviz (Markdown on standard output, where a
    /// picture has nowhere to go).
    public static func dotOnly(_ graph: ArgumentGraph) -> ReportMap {
        let (drawn, summary) = graph.summarized()
        return ReportMap(dot: DotWriter.write(drawn), svg: nil, note: summary)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Builds a report in either format.
///
/// ```swift
/// let data = try ReportData.load(db, proposition: nil)
/// let document = ReportBuilder.build(data, format: .html, map: ReportMap.draw(data.graph, graphviz: Graphviz.find()))
/// ```
public enum ReportBuilder {
    /// - Parameter attachmentStem: for Markdown written to a file, the stem of the picture files to
    ///   write beside it (`report` gives `report.timeline.svg`); nil keeps everything in the text.
    public static func build(
        _ data: ReportData, format: ReportFormat, map: ReportMap,
        attachmentStem: String? = nil
    ) -> ReportDocument {
        switch format {
        case .html: return ReportDocument(text: HTMLReport.render(data, map: map), attachments: [])
        case .markdown: return MarkdownReport.render(data, map: map, attachmentStem: attachmentStem)
        }
    }

    /// The report's title.
    static func title(_ data: ReportData) -> String {
        if data.propositions.count == 1, let only = data.propositions.first {
            return "argkb report: \(only.statement)"
        }
        return "argkb report"
    }

    /// "Title (2021-02-09)" or "Title (undated)".
    static func dated(_ title: String, _ published: String?) -> String {
        title + " (" + (published ?? "undated") + ")"
    }

    /// The line under a verdict: method, the rule verdict a curator overrode, the note.
    static func provenance(_ verdict: ReportVerdict) -> String {
        var parts = ["proposition \(verdict.proposition)", "method \(verdict.method)"]
        if verdict.method == "curated" { parts.append("automatic verdict: \(verdict.ruleTerm ?? "none")") }
        if let author = verdict.author { parts.insert("by \(author)", at: 0) }
        if let note = verdict.note, !note.isEmpty { parts.append("note: \(note)") }
        return parts.joined(separator: " · ")
    }

    /// Sentences on contradictions between verdicts.
    static func opposedSentences(_ data: ReportData) -> [String] {
        data.opposedVerdicts.map { first, second in
            "\(first.title) rates it \(first.verdictText) (\(first.polarity)); \(second.title) rates it "
                + "\(second.verdictText) (\(second.polarity))."
        }
    }
}
