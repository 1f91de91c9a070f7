import Foundation

/// Probability bands as text.
enum Band {
    /// 0.2 -> "0.20".
    static func format(_ p: Double) -> String { String(format: "%.2f", p) }

    /// 0.2, 0.45 -> "0.20-0.45".
    static func range(_ low: Double, _ high: Double) -> String { format(low) + "-" + format(high) }
}
