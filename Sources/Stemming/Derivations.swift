/// Close derivations of English words: the nouns that name a verb's act and back ("invade" /
/// "invasion", "ally" / "alliance", "admit" / "admission"), which share no Snowball stem.
///
/// ```swift
/// Derivations.english.related(to: "invade")   // ["invasion"]
/// ```
/// The table is `data/lexicon/derivations.tsv`, generated from WordNet 3.0's derivational links by
/// `tools/wordfamilies/generate_derivations.py` (the script says which links it keeps and why) and
/// compiled into the binary. It is language data, like the stemmer: a user who wants another form
/// lists it as a term of the proposition.
public struct Derivations: Sendable {
    /// The file compiled into the binary (`data/lexicon/derivations.tsv`).
    public static let builtInText = String(decoding: PackageResources.derivations_tsv, as: UTF8.self)

    /// The table compiled into the binary, searched where it lies: it is sorted by word (the
    /// generator sorts it; a test checks), so a word's rows are found by binary search over the
    /// rows' starts. Reading all 4,300 rows into a dictionary cost each open question 3-7 ms, for
    /// the few words a question looks up.
    public static let english = Derivations(sortedTable: PackageResources.derivations_tsv)

    /// Word → its derivations, or the rows of a sorted table.
    private enum Storage: Sendable {
        case pairs([String: [String]])
        case sorted(table: [UInt8], rows: [Range<Int>])
    }

    private let storage: Storage

    /// Reads rows of `word<TAB>also`; `#` comments and the header row are skipped.
    public init(tsv: String) {
        var related: [String: [String]] = [:]
        for line in tsv.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x09)
            guard fields.count >= 2 else { continue }
            let word = String(decoding: fields[0], as: UTF8.self)
            guard word != "word" else { continue }
            related[word, default: []].append(String(decoding: fields[1], as: UTF8.self))
        }
        storage = .pairs(related)
    }

    /// The pairs given, in order (a user lexicon's rows on top of the built-in ones).
    public init(pairs: [(word: String, also: String)]) {
        var related: [String: [String]] = [:]
        for pair in pairs { related[pair.word.lowercased(), default: []].append(pair.also.lowercased()) }
        storage = .pairs(related)
    }

    /// A table whose rows are sorted by word (bytes), indexed by where each row starts.
    init(sortedTable table: [UInt8]) {
        var rows: [Range<Int>] = []
        var start = 0
        while start < table.count {
            let end = table[start...].firstIndex(of: 0x0A) ?? table.count
            let line = table[start..<end]
            if !line.isEmpty, line.first != UInt8(ascii: "#"), !line.starts(with: "word\t".utf8) { rows.append(start..<end) }
            start = end + 1
        }
        storage = .sorted(table: table, rows: rows)
    }

    /// The words a term `word` (lower case) also finds, in the table's order; empty for most words.
    public func related(to word: String) -> [String] {
        switch storage {
        case .pairs(let related):
            return related[word] ?? []
        case .sorted(let table, let rows):
            let key = Array(word.utf8)
            // The first row whose word is not below the key.
            var low = 0
            var high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if Self.word(of: rows[middle], in: table).lexicographicallyPrecedes(key) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            var found: [String] = []
            while low < rows.count, Self.word(of: rows[low], in: table).elementsEqual(key) {
                let row = rows[low]
                let tab = Self.word(of: row, in: table).endIndex
                found.append(String(decoding: table[(tab + 1)..<row.upperBound], as: UTF8.self))
                low += 1
            }
            return found
        }
    }

    /// The word of a row: its bytes before the tab.
    private static func word(of row: Range<Int>, in table: [UInt8]) -> ArraySlice<UInt8> {
        let line = table[row]
        return line[..<(line.firstIndex(of: 0x09) ?? line.endIndex)]
    }

    /// How many words have derivations.
    public var count: Int {
        switch storage {
        case .pairs(let related):
            return related.count
        case .sorted(let table, let rows):
            return Set(rows.map { Self.word(of: $0, in: table) }).count
        }
    }
}
