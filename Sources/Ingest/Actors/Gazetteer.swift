import Domain
import Foundation

/// The actors argkb knows, read from `data/lexicon/actors.tsv`, with lookup by any alias.
///
/// ```swift
/// let gazetteer = try Gazetteer(contentsOf: lexiconFolder.appendingPathComponent("actors.tsv"))
/// gazetteer.actor(named: "Beijing’s")?.name       // "China"
/// gazetteer.actor(named: "President Xi")?.name    // "Xi Jinping"
/// gazetteer.actor(named: "us")                    // nil: "US" is matched in capitals only
/// ```
///
/// The file format and the matching rules are described in the comment header of actors.tsv.
public struct Gazetteer: Sendable {
    /// The actors in file order.
    public let actors: [ActorEntry]
    /// Alias (apostrophes and dashes folded, case kept) -> index into `actors`.
    private let exactIndex: [String: Int]
    /// Lower-cased alias -> index, for aliases safe to look up in any case (see `isSafeInAnyCase`).
    private let foldedIndex: [String: Int]

    /// The lexicon columns that hold aliases, with the alias kind each gives.
    static let aliasColumns: [(column: String, kind: AliasKind)] = [
        ("names", .name), ("short", .short), ("acronyms", .acronym), ("metonyms", .metonym),
        ("demonyms", .demonym), ("adjectives", .adjective), ("combining", .adjective),
    ]

    /// Builds the gazetteer from a parsed actors table.
    ///
    /// - Throws: `LexiconError` for a missing name, an unknown kind, a malformed country code, a
    ///   duplicate actor, or an alias that already names an actor.
    public init(table: TSVTable) throws {
        for column in ["name", "kind"] where !table.header.contains(column) {
            throw LexiconError(file: table.name, line: 1, message: "missing column '\(column)' in the header row")
        }
        var actors: [ActorEntry] = []
        var exactIndex: [String: Int] = [:]
        var foldedIndex: [String: Int] = [:]
        var ambiguousFolded: Set<String> = []
        for record in table.records {
            let entry = try Self.entry(from: record, file: record.file)
            let index = actors.count
            for alias in entry.aliases {
                let key = AliasKey.exact(alias.text)
                if let other = exactIndex[key] {
                    let owner = other == index ? "it" : "'\(actors[other].name)'"
                    throw LexiconError(
                        file: record.file, line: record.lineNumber,
                        message: "alias '\(alias.text)' already names \(owner)")
                }
                exactIndex[key] = index
                guard Self.isSafeInAnyCase(alias) else { continue }
                let folded = key.lowercased()
                if let other = foldedIndex[folded], other != index { ambiguousFolded.insert(folded) }
                foldedIndex[folded] = index
            }
            actors.append(entry)
        }
        for folded in ambiguousFolded { foldedIndex[folded] = nil }
        self.actors = actors
        self.exactIndex = exactIndex
        self.foldedIndex = foldedIndex
    }

    /// Reads and parses an actors TSV file.
    ///
    /// - Throws: `LexiconError` when the file cannot be read or an entry is invalid.
    public init(contentsOf url: URL) throws {
        try self.init(table: TSVTable(contentsOf: url, requiredColumns: ["name", "kind"]))
    }

    /// The actor a name or alias stands for: exact first, then in any case where that is safe (names
    /// of several words, one-word names of four letters or more; never acronyms such as "US"), then
    /// without leading titles ("President Xi Jinping") or a possessive ending ("China’s").
    public func actor(named nameOrAlias: String) -> ActorEntry? {
        var words = nameOrAlias.split(whereSeparator: \.isWhitespace).map(String.init)
        if let last = words.last {
            words[words.count - 1] = Self.withoutPossessive(last)
        }
        while !words.isEmpty {
            let key = AliasKey.exact(words.joined(separator: " "))
            if let index = exactIndex[key] ?? foldedIndex[key.lowercased()] { return actors[index] }
            // A leading title is not part of a name: drop it and look again.
            guard Self.leadingTitles.contains(words[0].lowercased()) else { return nil }
            words.removeFirst()
        }
        return nil
    }

    /// Words that may stand before a name without being part of it, as in "Secretary of State Henry
    /// Kissinger" or "Chinese President Xi". Adjectives are included so that "Russian President
    /// Vladimir Putin" finds the person.
    static let leadingTitles = WordLists.builtIn.set(.leadingTitles)

    private static func withoutPossessive(_ word: String) -> String {
        for ending in ["'s", "’s", "’", "'"] where word.hasSuffix(ending) && word.count > ending.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// True when looking the alias up in any case cannot turn a common word into an actor.
    private static func isSafeInAnyCase(_ alias: ActorAlias) -> Bool {
        if !alias.matchesExactCase { return true }
        return alias.kind != .acronym && !AliasKey.isAcronym(alias.text) && alias.text.count >= 4
            && !alias.text.contains(" ")
    }

    /// One line of the lexicon.
    private static func entry(from record: TSVTable.Record, file: String) throws -> ActorEntry {
        func fail(_ message: String) -> LexiconError {
            LexiconError(file: file, line: record.lineNumber, message: message)
        }
        guard let nameCell = record["name"] else { throw fail("an actor needs a name") }
        let nameAlias = try alias(nameCell, kind: .name, combining: false, fail: fail)
        let name = nameAlias.text
        guard let kindName = record["kind"] else { throw fail("actor '\(name)' needs a kind") }
        guard let kind = ActorKind(rawValue: kindName) else {
            throw fail("unknown kind '\(kindName)' for '\(name)'; use \(ActorKind.spelled)")
        }
        let country = record["country"]
        if let country, country.count != 3 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw fail("country '\(country)' of '\(name)' is not an ISO 3166 alpha-3 code")
        }
        var aliases = [nameAlias]
        for (column, aliasKind) in aliasColumns {
            for text in record.list(column) {
                aliases.append(try alias(text, kind: aliasKind, combining: column == "combining", fail: fail))
            }
        }
        let notBefore = Set(record.list("not_before").map { $0.lowercased() })
        return ActorEntry(name: name, kind: kind, countryCode: country, aliases: aliases, notBefore: notBefore)
    }

    /// An alias cell: a leading `=` forces exact case; otherwise one-word aliases and aliases with an
    /// acronym in them match in their exact case, and the others in any case.
    private static func alias(
        _ cell: String, kind: AliasKind, combining: Bool,
        fail: (String) -> LexiconError
    ) throws -> ActorAlias {
        let forced = cell.hasPrefix("=")
        let text = forced ? String(cell.dropFirst()).trimmingCharacters(in: .whitespaces) : cell
        let words = AliasKey.tokens(of: text).filter { $0.unicodeScalars.first?.properties.isAlphabetic ?? false }
        guard !words.isEmpty else { throw fail("alias '\(cell)' has no word in it") }
        let exactCase = forced || words.count == 1 || words.contains(where: AliasKey.isAcronym)
        return ActorAlias(text: text, kind: kind, matchesExactCase: exactCase, isCombiningForm: combining)
    }
}
