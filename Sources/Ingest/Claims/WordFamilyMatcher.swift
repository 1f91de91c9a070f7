import Stemming

/// Finds phrases whose words match by word family (Snowball stem), so a proposition's terms match
/// their inflections: "invade" finds "invading", "join" finds "joined", "ally" finds "allies".
///
/// ```swift
/// let matcher = WordFamilyMatcher(phrases: [("join", 0), ("military alliance", 1)])
/// matcher.matches(in: Tokenizer.tokenize(ScalarText("Ukraine joined NATO.")))  // value 0 at 1..<2
/// ```
/// A word matches a term's word when both have one Snowball stem and differ only by inflectional
/// endings: "weaponization" is not a form of "weapon", though Porter2 gives them one stem. A term's
/// word also stands for its close derivations (`Derivations`: "invade" finds "invasion", "ally"
/// finds "alliances"), one word of a phrase at a time.
///
/// Cost: a word is stemmed only when its first letters could start a phrase's first stem (a prefix
/// test on the folded word), and stems are cached (`SharedStemmer`); hyphens between words are
/// skipped ("nuclear-armed" matches "nuclear armed"). Matches are the longest at each word and
/// never overlap.
struct WordFamilyMatcher<Value: Sendable>: Sendable {
    private let phrases: [(stems: [String], words: [String], value: Value)]
    /// First stem → the phrases that start with it, longest first.
    private let byFirstStem: [String: [Int]]
    /// The first three bytes of every first stem, packed (`WordPrefix`): a word that does not start
    /// with one of them is never stemmed.
    private let prefixes: Set<UInt32>
    /// The lengths of first stems shorter than the prefix ("ad" of "ads"): words are tested on
    /// those shorter prefixes too.
    private let shortLengths: [Int]

    init(phrases: [(String, Value)], derivations: Derivations = .english) {
        let stemmer = SharedStemmer.english
        var compiled: [(stems: [String], words: [String], value: Value)] = []
        var seen = Set<[String]>()
        for (phrase, value) in phrases {
            for words in Self.variants(of: phrase, derivations: derivations) where seen.insert(words).inserted {
                compiled.append((words.map(stemmer.stem), words, value))
            }
        }
        var byFirst: [String: [Int]] = [:]
        for (index, phrase) in compiled.enumerated() { byFirst[phrase.stems[0], default: []].append(index) }
        for key in byFirst.keys { byFirst[key]?.sort { compiled[$0].stems.count > compiled[$1].stems.count } }
        self.phrases = compiled
        self.byFirstStem = byFirst
        self.prefixes = Set(compiled.map { WordPrefix.of($0.stems[0]) })
        self.shortLengths = Set(compiled.map { $0.stems[0].utf8.count }.filter { $0 < WordPrefix.length }).sorted()
    }

    /// The words of a phrase, folded as tokens are ("Membership Action Plan" → membership, action, plan).
    static func words(of phrase: String) -> [String] {
        Tokenizer.tokenize(ScalarText(phrase)).filter { $0.kind == .word || $0.kind == .number }.map(\.folded)
    }

    /// A phrase's words, then the same with one word replaced by a close derivation of it
    /// ("military alliance" → [military, alliance]; "invade" → [invade], [invasion]).
    static func variants(of phrase: String, derivations: Derivations = .english) -> [[String]] {
        let words = words(of: phrase)
        guard !words.isEmpty else { return [] }
        var variants = [words]
        for (index, word) in words.enumerated() {
            for related in derivations.related(to: word) {
                var variant = words
                variant[index] = related
                variants.append(variant)
            }
        }
        return variants
    }

    /// The phrases in a sentence's tokens, left to right.
    func matches(in tokens: [Token]) -> [(tokens: Range<Int>, value: Value)] {
        let words = tokens.indices.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        var stems: [Int: String] = [:]
        func stem(_ position: Int) -> String? {
            if let known = stems[position] { return known }
            let value = SharedStemmer.english.stem(tokens[words[position]].folded)
            stems[position] = value
            return value
        }
        var found: [(tokens: Range<Int>, value: Value)] = []
        var position = 0
        while position < words.count {
            let first = tokens[words[position]]
            guard mayStartPhrase(first.folded),
                let firstStem = stem(position), let candidates = byFirstStem[firstStem]
            else {
                position += 1
                continue
            }
            var matched: (length: Int, value: Value)?
            for index in candidates {
                let phrase = phrases[index]
                guard position + phrase.stems.count <= words.count, adjacent(words, position, phrase.stems.count, tokens) else {
                    continue
                }
                let rest = (0..<phrase.stems.count).allSatisfy { offset in
                    let word = tokens[words[position + offset]].folded
                    return (offset == 0 || SharedStemmer.english.stem(word) == phrase.stems[offset])
                        && Self.isInflection(word, of: phrase.words[offset])
                }
                if rest {
                    matched = (phrase.stems.count, phrase.value)
                    break
                }
            }
            if let matched {
                found.append((words[position]..<(words[position + matched.length - 1] + 1), matched.value))
                position += matched.length
            } else {
                position += 1
            }
        }
        return found
    }

    /// Endings that inflect a word (plural, past, participle, the -e and -y of a stem): a word of
    /// the same stem with another ending is a derivation ("weaponization" shares "weapon"'s stem)
    /// that the user would list as a term of its own.
    static var inflections: Set<Substring> { WordPrefix.inflections }

    /// True when `word` and `term` differ only by inflectional endings after a common beginning
    /// ("invading" / "invade", "allies" / "ally", "stopped" / "stop").
    static func isInflection(_ word: String, of term: String) -> Bool {
        if word == term { return true }
        let common = zip(word, term).prefix { $0 == $1 }.count
        var wordRest = word.dropFirst(common)
        let termRest = term.dropFirst(common)
        // A doubled final consonant before -ed or -ing: "stop" / "stopped".
        if let last = term.last, termRest.isEmpty, wordRest.first == last,
            ["ed", "ing", "er", "ers"].contains(wordRest.dropFirst())
        {
            wordRest = wordRest.dropFirst()
        }
        return WordPrefix.inflections.contains(wordRest) && WordPrefix.inflections.contains(termRest)
    }

    /// True when the word's first letters are those of some phrase's first stem.
    private func mayStartPhrase(_ word: String) -> Bool {
        if prefixes.contains(WordPrefix.of(word)) { return true }
        return shortLengths.contains { prefixes.contains(WordPrefix.of(word, length: $0)) }
    }

    /// True when the `count` words from `position` are consecutive tokens, hyphens allowed between.
    private func adjacent(_ words: [Int], _ position: Int, _ count: Int, _ tokens: [Token]) -> Bool {
        for offset in 1..<max(1, count) {
            let previous = words[position + offset - 1]
            let next = words[position + offset]
            if next == previous + 1 { continue }
            guard next == previous + 2, ["-", "–"].contains(tokens[previous + 1].text) else { return false }
        }
        return true
    }
}

/// The constants of `WordFamilyMatcher`, which as a generic type cannot store them.
enum WordPrefix {
    /// How many leading bytes of a word the prefix test compares.
    static let length = 3

    /// The first `length` UTF-8 bytes of `word`, packed into an integer: the prefix test runs for
    /// every word of every sentence, and a `String` prefix allocated each time was a measurable
    /// share of extraction (`make bench`, perf). Stems and folded words are lower-case, so the
    /// bytes compare as the letters do.
    static func of(_ word: String, length: Int = length) -> UInt32 {
        var packed: UInt32 = 0
        var count = 0
        for byte in word.utf8 {
            guard count < length else { break }
            packed = packed << 8 | UInt32(byte)
            count += 1
        }
        return packed | UInt32(count) << 24
    }

    /// Endings that inflect a word (see `WordFamilyMatcher.isInflection`).
    static let inflections: Set<Substring> = ["", "s", "es", "ed", "d", "ing", "e", "y", "ies", "ied", "ying", "er", "ers"]
}
