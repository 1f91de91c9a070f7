import Domain
import Testing

@testable import Ingest

/// Every row of data/lexicon/factuality.tsv, in a sentence of my own made for its role: the row
/// gives the value it says it gives (issue 14: each lexicon row tested).
@Suite struct FactualityLexiconTests {
    static let entries = ClaimFixture.lexicons.factuality.entries

    /// The claims of a text on the alliance proposition, last sentence last.
    private func reading(_ text: String) -> ExtractedClaim? {
        let (document, claims) = ClaimFixture.claims(text)
        return claims.last { $0.sentenceIndex == document.sentences.count - 1 && $0.proposition != nil }
    }

    private static let adjectives: Set<String> = ["convinced", "sure", "certain", "confident"]

    /// A sentence in which the row's phrase plays its role, and the value the claim must have.
    static func example(_ entry: FactualityLexicon.Entry) -> (text: String, value: Factuality?)? {
        let p = entry.phrase
        switch entry.role {
        case .belief:
            let subject = adjectives.contains(p) ? "I am \(p)" : p == "expecting" ? "We have been expecting" : "I \(p)"
            let rest =
                p == "expecting" ? " an alliance between Russia and China." : " that Russia and China will form an alliance."
            return (subject + rest, entry.value)
        case .future:
            let be = p == "going to" ? "are " : ""
            return ("Russia and China \(be)\(p) sign an alliance.", entry.value)
        case .occur:
            return ("An alliance between Russia and China will \(p).", entry.value)
        case .existence:
            switch p {
            case "exists", "exist": return ("An alliance between Russia and China \(p).", entry.value)
            case "has become", "have become", "has formed", "have formed": return ("Russia and China \(p) allies.", entry.value)
            case "as it stands": return ("The alliance between Russia and China as it stands is loose.", entry.value)
            default: return ("Russia and China are \(p) allies.", entry.value)
            }
        case .contrast:
            return ("Russia and China have a partnership \(p) an alliance.", entry.value)
        case .refutation:
            return ("Talk of an alliance between Russia and China is \(p).", entry.value)
        case .presupposition:
            if p == "once" { return ("Once Russia and China have an alliance, Kazakhstan will worry.", entry.value) }
            return ("Russia's \(p) alliance with China worries Washington.", entry.value)
        case .change:
            let verb =
                p.hasSuffix("ing") || p == "slim"
                ? "are \(p)" : p.hasSuffix("ed") || p.hasSuffix("en") || p.hasSuffix("nk") ? "have \(p)" : p
            return ("The chances of an alliance between Russia and China \(verb).", entry.value)
        case .decline:
            return ("As to whether Russia and China will form an alliance, it is plain that \(p).", nil)
        case .anaphor:
            return (
                "Russia and China discuss an alliance.\n\(p.prefix(1).uppercased() + p.dropFirst()) is not going to happen.",
                .certainNegative
            )
        case .ongoing:
            return ("Russia and China discuss an alliance.\nNow it is \(p).", entry.value)
        case .hedge:
            if ["if", "whether"].contains(p) { return ("We ask \(p) Russia and China will sign an alliance.", nil) }
            return ("Russia and China \(p) sign an alliance.", nil)
        case .past:
            return ("Russia and China \(p == "used to" ? "used to be" : p) allies.", nil)
        case .negative:
            return ("No one can \(p) Russia and China an alliance.", .probablePositive)
        case .consequence:
            return ("Russia and China are unlikely to \(p) an alliance.", nil)
        case .answer, .chance:
            return nil  // tested in FactualityTests (answers) and StatedProbabilityTests (nouns of chance)
        }
    }

    @Test(arguments: entries.filter { example($0) != nil }.map { "\($0.role.rawValue)\t\($0.phrase)" })
    func everyRowReadsAsItsRoleSays(_ row: String) throws {
        let parts = row.split(separator: "\t").map(String.init)
        let entry = try #require(Self.entries.first { $0.role.rawValue == parts[0] && $0.phrase == parts[1] })
        let (text, value) = try #require(Self.example(entry))
        let claim = reading(text)
        switch entry.role {
        case .decline:
            // Declining after the matter: the clause carries no side.
            #expect(claim?.polarity != .for && claim?.polarity != .against, "\(text): \(claim?.commitment ?? "none")")
        case .consequence:
            #expect(claim?.likelihood == nil, "\(text): \(claim?.likelihood?.term ?? "")")
        case .hedge:
            // A modal leaves the matter open: no future or existence reading (the estimative
            // lexicon may still read "may" as an even chance).
            #expect(
                !(claim?.commitment ?? "").hasPrefix("future") && !(claim?.commitment ?? "").hasPrefix("existence"),
                "\(text): \(claim?.commitment ?? "none")")
        default:
            #expect(claim?.factuality == value, "\(text): \(claim?.commitment ?? "none")")
        }
    }

    @Test func aBadRowIsRefusedWithItsLine() throws {
        let table = try TSVTable(
            name: "factuality.tsv", text: "phrase\trole\tvalue\nthink\tbelief\tPR+\nwill\tfuture\t\nfoo\tnope\tCT+\n")
        let error = try #require(throws: LexiconError.self) { try FactualityLexicon(table: table) }
        #expect(error.line == 3)
        #expect(error.message.contains("role 'future' needs a value"))
        let unknown = try TSVTable(name: "factuality.tsv", text: "phrase\trole\tvalue\nfoo\tnope\tCT+\n")
        let second = try #require(throws: LexiconError.self) { try FactualityLexicon(table: unknown) }
        #expect(second.line == 2 && second.message.contains("unknown role 'nope'"))
    }
}
