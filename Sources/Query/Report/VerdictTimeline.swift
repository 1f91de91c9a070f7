import Foundation

/// The verdict timeline, drawn as SVG by argkb itself: x is the publication date, y the probability;
/// each source is a vertical bar from p_low to p_high with a dot at its middle, coloured by polarity
/// (for green, against red, mixed amber). The ICD 203 bands are shaded behind, labelled on the left.
/// Undated sources stand in a separate column at the right; a verdict without a band is not drawn
/// (the report lists it).
public enum VerdictTimeline {
    public static let width = 1000
    public static let height = 380

    /// Polarity colours, shared with the HTML legend.
    public static func colour(_ polarity: String) -> String {
        switch polarity {
        case "for": return "#2e7d32"
        case "against": return "#c62828"
        default: return "#ef8f00"
        }
    }

    static let bands: [(term: String, low: Double, high: Double)] = [
        ("almost no chance", 0.01, 0.05), ("very unlikely", 0.05, 0.20), ("unlikely", 0.20, 0.45),
        ("roughly even chance", 0.45, 0.55), ("likely", 0.55, 0.80), ("very likely", 0.80, 0.95),
        ("almost certain", 0.95, 0.99),
    ]

    /// Days since 1970-01-01 of an ISO 8601 date's first ten characters, or nil.
    static func day(_ published: String?) -> Int? {
        guard let published, published.count >= 10 else { return nil }
        let parts = published.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return daysFromCivil(parts[0], parts[1], parts[2])
    }

    /// Howard Hinnant's days-from-civil: proleptic Gregorian, no calendar object needed.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The SVG element (no XML prolog), with a <title> for each bar so a browser shows the details.
    public static func svg(_ verdicts: [ReportVerdict]) -> String {
        let left = 190.0, right = 200.0, top = 36.0, bottom = 56.0
        let plotWidth = Double(width) - left - right, plotHeight = Double(height) - top - bottom
        let undatedX = left + plotWidth + 110
        func y(_ p: Double) -> Double { top + (1 - p) * plotHeight }
        let dated = verdicts.compactMap { verdict in day(verdict.published).map { (verdict, $0) } }
        let undated = verdicts.filter { day($0.published) == nil }
        var first = dated.map(\.1).min() ?? 0, last = dated.map(\.1).max() ?? 0
        // Pad the range so the outermost bars do not sit on the axes; a single date gets half a year each side.
        let pad = max(30, (last - first) / 12)
        let margin = last - first < 60 ? 180 : pad
        first -= margin
        last += margin
        func x(_ day: Int) -> Double { left + Double(day - first) / Double(max(1, last - first)) * plotWidth }

        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\" role=\"img\" "
                + "aria-label=\"Verdict timeline\">"
        ]
        out.append("<title>Verdict timeline: each source's likelihood band by publication date</title>")
        for (index, band) in bands.enumerated() {
            let shade = index % 2 == 0 ? "#f4f6f9" : "#e9edf3"
            out.append(rect(left, y(band.high), plotWidth, y(band.low) - y(band.high), fill: shade))
            out.append(text(left - 8, (y(band.low) + y(band.high)) / 2 + 4, band.term, anchor: "end", fill: "#555"))
        }
        // Probability axis on the right of the dated area.
        for p in stride(from: 0.0, through: 1.0, by: 0.25) {
            out.append(line(left, y(p), left + plotWidth, y(p), stroke: "#c5cbd3", dash: true))
            out.append(text(8, y(p) + 4, String(format: "%.2f", p), anchor: "start", fill: "#888"))
        }
        out.append(line(left, y(0), left + plotWidth, y(0), stroke: "#444", dash: false))
        for tick in ticks(first, last) {
            out.append(line(x(tick.day), y(0), x(tick.day), y(0) + 5, stroke: "#444", dash: false))
            out.append(text(x(tick.day), y(0) + 18, tick.label, anchor: "middle", fill: "#333"))
        }
        out.append(text(left + plotWidth / 2, Double(height) - 12, "publication date", anchor: "middle", fill: "#333"))
        out.append(text(left, top - 14, "probability (ICD 203 band of each source's verdict)", anchor: "start", fill: "#333"))
        // Undated column.
        out.append(rect(undatedX - 45, y(1), 90, plotHeight, fill: "#fafafa", stroke: "#c5cbd3"))
        out.append(text(undatedX, y(0) + 18, "undated", anchor: "middle", fill: "#333"))
        // Labels already drawn (x range, baseline), so that a new one goes above its bar, else below,
        // else further up, without covering another.
        var placed: [(ClosedRange<Double>, Double)] = []
        func free(_ xs: ClosedRange<Double>, _ baseline: Double) -> Bool {
            !placed.contains { $0.0.overlaps(xs) && abs($0.1 - baseline) < 13 }
        }
        func bar(_ verdict: ReportVerdict, at cx: Double, limit: Int, within: ClosedRange<Double>) {
            guard let low = verdict.pLow, let high = verdict.pHigh else { return }
            let colour = colour(verdict.polarity)
            let mid = y((low + high) / 2)
            out.append(
                "<g class=\"verdict\"><title>"
                    + Markup.escape(
                        "\(verdict.title) (\(verdict.published ?? "undated")): \(verdict.verdictText), \(verdict.polarity)")
                    + "</title>")
            out.append(
                "<rect x=\"\(f(cx - 5))\" y=\"\(f(y(high)))\" width=\"10\" height=\"\(f(max(2, y(low) - y(high))))\" "
                    + "rx=\"3\" fill=\"\(colour)\" fill-opacity=\"0.35\" stroke=\"\(colour)\"/>")
            out.append(
                "<circle cx=\"\(f(cx))\" cy=\"\(f(mid))\" r=\"6\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1.5\"/>")
            // Keep the label inside its area: about 6 px a character at this size.
            let label = Snippet.short(verdict.title, limit: limit)
            let half = Double(label.count) * 3.1
            let labelX = min(max(cx, within.lowerBound + half), within.upperBound - half)
            let xs = (labelX - half - 4)...(labelX + half + 4)
            let candidates = [y(high) - 6, y(low) + 14] + (1...6).map { y(high) - 6 - Double($0) * 14 }
            let labelY = candidates.first { free(xs, $0) && $0 > 12 } ?? candidates[0]
            placed.append((xs, labelY))
            out.append(text(labelX, labelY, label, anchor: "middle", fill: "#222"))
            out.append("</g>")
        }
        for (verdict, day) in dated {
            bar(verdict, at: x(day), limit: 34, within: left...(left + plotWidth))
        }
        let slots = min(3, undated.count)
        for (index, verdict) in undated.enumerated() {
            bar(
                verdict, at: undatedX + (Double(index % 3) - Double(slots - 1) / 2) * 22, limit: 26,
                within: (undatedX - 95)...Double(width - 4))
        }
        // Legend.
        var legendX = left + plotWidth - 250
        for (polarity, label) in [("for", "for"), ("against", "against"), ("mixed", "mixed")] {
            out.append("<circle cx=\"\(f(legendX))\" cy=\"\(f(top - 18))\" r=\"5\" fill=\"\(colour(polarity))\"/>")
            out.append(text(legendX + 9, top - 14, label, anchor: "start", fill: "#333"))
            legendX += 80
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// Axis ticks: years over a long span, quarters over a medium one, months otherwise.
    static func ticks(_ first: Int, _ last: Int) -> [(day: Int, label: String)] {
        let span = last - first
        let months = span / 30
        let step = [1, 2, 3, 6, 12, 24, 60].first { months / $0 <= 8 } ?? 120
        var result: [(Int, String)] = []
        let (startYear, startMonth) = civil(first)
        var year = startYear, month = startMonth
        while true {
            let day = daysFromCivil(year, month, 1)
            if day > last { break }
            if day >= first && (month - 1) % min(step, 12) == 0 && (step <= 12 || year % (step / 12) == 0) {
                result.append((day, step >= 12 ? String(year) : String(format: "%04d-%02d", year, month)))
            }
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return result
    }

    /// Year and month of a day number (inverse of daysFromCivil, month precision).
    static func civil(_ days: Int) -> (Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month)
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil) -> String {
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>"
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, dash: Bool) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\""
            + (dash ? " stroke-dasharray=\"3 3\"" : "") + "/>"
    }

    private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String, fill: String) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\">\(Markup.escape(content))</text>"
    }
}
