import Foundation

/// Probability bands as text.
enum Band {
    /// 0.2 -> "0.20".
    static func format(_ p: Double) -> String { String(format: "%.2f", p) }
}
