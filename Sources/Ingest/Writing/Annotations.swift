import Domain
import Foundation

/// An analyst's corrections, from `data/annotations/` (TSV, like the lexicons).
///
/// `verdicts.tsv`: `source  proposition  likelihood_term  polarity  evidence_quote  note`
/// `claims.tsv`:   `source  quote  likelihood_term  polarity  speaker  proposition  note`
///
/// `source` is a slug (see `argkb sources`); `quote` is a piece of the sentence's text that finds
/// it. Empty cells keep the automatic value. Curated rows are stored beside the automatic ones with
/// `method = 'curated'`; the views prefer them.
public struct Annotations: Sendable {
    public struct VerdictCorrection: Sendable, Equatable {
        public var source: String
        public var proposition: String
        public var likelihoodTerm: String?
        public var polarity: String
        public var evidenceQuote: String?
        public var note: String?
        public var lineNumber: Int
    }

    public struct ClaimCorrection: Sendable, Equatable {
        public var source: String
        public var quote: String
        public var likelihoodTerm: String?
        public var polarity: String?
        public var speaker: String?
        public var proposition: String?
        public var note: String?
        public var lineNumber: Int
    }

    public var verdicts: [VerdictCorrection]
    public var claims: [ClaimCorrection]

    public init(verdicts: [VerdictCorrection] = [], claims: [ClaimCorrection] = []) {
        self.verdicts = verdicts
        self.claims = claims
    }

    /// Reads `verdicts.tsv` and `claims.tsv` from a folder; a missing file means no corrections.
    /// - Throws: `LexiconError` for a row that lacks a required cell.
    public init(folder: URL) throws {
        self.init()
        let verdictsURL = folder.appendingPathComponent("verdicts.tsv")
        if FileManager.default.fileExists(atPath: verdictsURL.path) {
            let table = try TSVTable(contentsOf: verdictsURL, requiredColumns: ["source", "proposition", "polarity"])
            for record in table.records {
                guard let source = record["source"], let proposition = record["proposition"], let polarity = record["polarity"]
                else {
                    throw LexiconError(
                        file: record.file, line: record.lineNumber, message: "source, proposition and polarity are required")
                }
                guard VerdictPolarity(rawValue: polarity) != nil else {
                    throw LexiconError(
                        file: record.file, line: record.lineNumber,
                        message: "polarity must be \(VerdictPolarity.spelled), not '\(polarity)'")
                }
                verdicts.append(
                    VerdictCorrection(
                        source: source, proposition: proposition, likelihoodTerm: record["likelihood_term"],
                        polarity: polarity, evidenceQuote: record["evidence_quote"],
                        note: record["note"], lineNumber: record.lineNumber))
            }
        }
        let claimsURL = folder.appendingPathComponent("claims.tsv")
        if FileManager.default.fileExists(atPath: claimsURL.path) {
            let table = try TSVTable(contentsOf: claimsURL, requiredColumns: ["source", "quote"])
            for record in table.records {
                guard let source = record["source"], let quote = record["quote"] else {
                    throw LexiconError(file: record.file, line: record.lineNumber, message: "source and quote are required")
                }
                if let polarity = record["polarity"], ClaimPolarity(rawValue: polarity) == nil {
                    throw LexiconError(
                        file: record.file, line: record.lineNumber,
                        message: "polarity must be \(ClaimPolarity.spelled), not '\(polarity)'")
                }
                claims.append(
                    ClaimCorrection(
                        source: source, quote: quote, likelihoodTerm: record["likelihood_term"],
                        polarity: record["polarity"], speaker: record["speaker"],
                        proposition: record["proposition"], note: record["note"],
                        lineNumber: record.lineNumber))
            }
        }
    }
}
