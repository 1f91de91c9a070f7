import Foundation

/// The seed articles in data/sources, read from the repository (tests run from any folder).
enum SeedCorpus {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sourcesFolder = root.appendingPathComponent("data/sources")
    static let lexiconFolder = root.appendingPathComponent("data/lexicon")

    /// Seed file names without extension, e.g. "sino-russian-military-alliance".
    static let slugs = [
        "sino-russian-military-alliance",
        "why-russia-needs-military-alliance-with-china",
        "military-alliance-foundations-prospects",
        "between-partnership-and-competition",
        "undercurrents-russia-china-bonhomie",
    ]

    /// The raw text of a seed.
    static func raw(_ slug: String) throws -> String {
        try String(contentsOf: sourcesFolder.appendingPathComponent(slug + ".txt"), encoding: .utf8)
    }
}
