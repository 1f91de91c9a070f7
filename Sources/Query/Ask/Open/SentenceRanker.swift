import Foundation
import Stemming
import Store

/// A sentence found for an open question.
struct RankedSentence: Sendable {
    let sentenceID: Int
    let sourceID: Int
    let start: Int
    let text: String
    /// The weight of the question's words and actors it holds (inverse document frequency).
    let score: Double
    /// How many of the question's words and actors it holds (one only a neighbour holds: a half).
    var coverage = 0.0
}

/// Finds the sentences that answer an open question, the way the retrievers of open-domain QA do:
/// FTS5 finds candidates with the question's rarer words (bm25 orders them), then each candidate
/// is scored by the inverse document frequency of the question's words and actors it holds, so a
/// sentence with "levers" and "Gabuyev" beats one with only "Russia" and "China".
///
/// Cost: each word's frequency is counted up to `frequentCount` (a word found that often is
/// common, and only reranks), and the candidates come from the rare words alone, so a question
/// reads a bounded part of the index whatever the corpus's size.
struct SentenceRanker {
    let db: Database
    /// The most matches of a finder that bm25 ranks (the newest; see `newestSlice`).
    var rankedCount = 1_000

    /// Candidates read from the index.
    static let candidates = 80
    /// Sentences a word may be in before it counts as common.
    static let frequentCount = 5_000

    /// One thing the sentences are searched for: a word, or an actor by any of its names.
    struct Group {
        let label: String
        /// The FTS5 query that finds it.
        let query: String
        /// The stems of the word and its close derivations (empty for an actor, found by its mentions).
        let stems: Set<String>
        let actor: String?
        var documents = 0
    }

    /// The sentences of the corpus (or of the question's source) that hold the question's words
    /// and actors, best first; `sql` and `arguments` are the candidate query, for `--explain`.
    /// - Returns: also the question's words that no sentence has.
    func rank(_ open: OpenQuestion) throws -> (
        sentences: [RankedSentence], sql: String, arguments: [ListingValue], missing: [String]
    ) {
        var groups = try searchGroups(open)
        guard !groups.isEmpty else { return ([], "", [], []) }
        let total = Double(max(1, try db.scalar("SELECT max(id) FROM sentence_spans")?.int ?? 1))
        for index in groups.indices {
            groups[index].documents =
                try db.scalar(
                    "SELECT count(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT \(Self.frequentCount))",
                    [groups[index].query])?.int ?? 0
        }
        let missing = groups.filter { $0.documents == 0 && $0.actor == nil }.map(\.label)
        groups.removeAll { $0.documents == 0 }
        guard !groups.isEmpty else { return ([], "", [], missing) }
        var base = """
            SELECT st.id, st.source_id, st.start, st.text
            FROM sentences_fts JOIN sentences AS st ON st.id = sentences_fts.rowid
            WHERE sentences_fts MATCH ?1
            """
        var range: [ListingValue] = []
        if let source = open.sourceID {
            let row = try db.rows("SELECT min(id) AS low, max(id) AS high FROM sentences WHERE source_id = ?", [source]).first
            base += "\n  AND sentences_fts.rowid BETWEEN ?2 AND ?3"
            range = [.int(row?.int("low") ?? 0), .int(row?.int("high") ?? 0)]
        }
        var rows: [Row] = []
        var arguments: [ListingValue] = []
        var sql = base
        for match in Self.finders(groups, inOneSource: open.sourceID != nil) where rows.isEmpty {
            arguments = [.text(match)] + range
            var query = base
            if range.isEmpty, let first = try newestSlice(of: match) {
                query += "\n  AND sentences_fts.rowid >= ?2"
                arguments.append(.int(first))
            }
            query += "\nORDER BY rank LIMIT \(Self.candidates)"
            rows = try db.rows(query, arguments.map(\.bindable))
            sql = query
        }
        let ids = rows.compactMap { $0.int("id") }
        // Each sentence is read with its neighbours: a view often spans two sentences, and a word
        // only a neighbour holds counts half.
        let neighbours = try neighbourTexts(of: rows)
        // Each text is split and stemmed once, also when it is a candidate and a neighbour.
        var stemsByID: [Int: Set<String>] = [:]
        for row in rows {
            if let id = row.int("id"), let text = row.string("text") { stemsByID[id] = Self.stems(of: text) }
        }
        for (id, text) in neighbours where stemsByID[id] == nil { stemsByID[id] = Self.stems(of: text) }
        let mentioned = try actorsMentioned(in: ids + ids.flatMap { [$0 - 1, $0 + 1] }, groups: groups)
        let sided = try sentencesTaking(open.side, among: ids)
        let sideWeight = groups.map { log(1 + total / Double($0.documents + 1)) }.max() ?? 0
        var ranked: [RankedSentence] = []
        for (position, row) in rows.enumerated() {
            guard let id = row.int("id"), let text = row.string("text") else { continue }
            let stems = stemsByID[id] ?? []
            let around = Self.neighbourIDs(of: id, neighbours).reduce(into: Set<String>()) { $0.formUnion(stemsByID[$1] ?? []) }
            var score = 0.0
            var coverage = 0.0
            func count(_ share: Double, _ weight: Double) {
                score += share * weight
                coverage += share
            }
            for group in groups {
                let weight = log(1 + total / Double(group.documents + 1))
                if let actor = group.actor {
                    if mentioned[id, default: []].contains(actor) {
                        count(1, weight)
                    } else if mentioned[id - 1, default: []].contains(actor) || mentioned[id + 1, default: []].contains(actor) {
                        count(0.5, weight)
                    }
                } else if !group.stems.isDisjoint(with: stems) {
                    count(1, weight)
                } else if !group.stems.isDisjoint(with: around) {
                    count(0.5, weight)
                }
            }
            // "Pushes back on the idea that ...": a sentence whose claim takes that side.
            if sided.contains(id) { count(1, sideWeight) }
            // "Which articles put a number on ...": a sentence that states a number.
            if open.asksForQuantity, text.contains(where: \.isNumber) { count(1, log(1 + total / 2)) }
            // bm25's order breaks ties.
            score -= Double(position) * 1e-6
            ranked.append(
                RankedSentence(
                    sentenceID: id, sourceID: row.int("source_id") ?? 0, start: row.int("start") ?? 0,
                    text: text, score: score, coverage: coverage))
        }
        let sorted = ranked.sorted { $0.score > $1.score }
        return (sorted, sql, arguments, missing)
    }

    /// Where the `rankedCount` newest sentences a finder matches begin (the first sentence id), when
    /// it matches more: bm25 then ranks those only. Ranking is per match (each one's size and
    /// phrase counts are read), and a finder of common words matched 50,000 sentences at 100k
    /// articles: 120 ms, against 5 for 1,000. The newest are the last stored (ids grow), so the
    /// cut is one seek down the doclist in id order.
    private func newestSlice(of match: String) throws -> Int? {
        try db.scalar(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET \(rankedCount - 1)",
            [match]
        )?.int
    }

    /// The FTS5 queries that find the candidates, tried in order until one finds any. Inside one
    /// source every group may find them; across the corpus the rare groups do. When every group is
    /// common (each in `frequentCount` sentences or more, as "forces" and "Russia" are in a large
    /// corpus about Russia), bm25 would rank hundreds of thousands of sentences: the candidates
    /// must then hold every word of the question (an AND, which FTS5 answers from the doclists; the
    /// actors when the question has no other word), else the least common group alone.
    static func finders(_ groups: [Group], inOneSource: Bool) -> [String] {
        let rare = groups.filter { $0.documents < frequentCount }
        func any(_ some: [Group]) -> String { some.map { "(\($0.query))" }.joined(separator: " OR ") }
        func all(_ some: [Group]) -> String { some.map { "(\($0.query))" }.joined(separator: " AND ") }
        if inOneSource { return [any(groups)] }
        if !rare.isEmpty { return [any(rare)] }
        // The actors' names are in most sentences of such a corpus: they only rerank (`mentioned`).
        let words = groups.filter { $0.actor == nil }
        var finders = [all(words.isEmpty ? groups : words)]
        if let least = groups.min(by: { $0.documents < $1.documents }) { finders.append(any([least])) }
        return finders
    }

    /// The question's words (each an FTS5 phrase, which the porter tokenizer stems as it stems the
    /// text) and its actors (all their names).
    private func searchGroups(_ open: OpenQuestion) throws -> [Group] {
        let stemmer = SharedStemmer.english
        var groups: [Group] = []
        var seen = Set<String>()
        for alternatives in open.termGroups where seen.insert(alternatives.map(stemmer.stem).joined(separator: "|")).inserted {
            // Alternatives ("migration, settlement or demographic") are one group; each word's
            // close derivations count as the word ("resume" finds "the resumption").
            let family = alternatives.flatMap { [$0] + Derivations.english.related(to: Self.lemma($0)) }
            groups.append(
                Group(
                    label: alternatives.joined(separator: "|"), query: family.map(Self.phrase).joined(separator: " OR "),
                    stems: Set(family.map(stemmer.stem)), actor: nil))
        }
        for actor in open.actors {
            let names = try db.rows(
                """
                SELECT DISTINCT alias FROM actor_aliases JOIN actors ON actors.id = actor_aliases.actor_id
                WHERE actors.name = ? UNION SELECT ?
                """, [actor, actor]
            ).compactMap { $0[0].string }
            let query = names.prefix(16).map(Self.phrase).joined(separator: " OR ")
            if !query.isEmpty { groups.append(Group(label: actor, query: query, stems: [], actor: actor)) }
        }
        return groups
    }

    /// The sentences just before and after each row's sentence in its source.
    private func neighbourTexts(of rows: [Row]) throws -> [Int: String] {
        var wanted: [Int: Int] = [:]  // neighbour id -> the candidate's source
        for row in rows {
            guard let id = row.int("id"), let source = row.int("source_id") else { continue }
            wanted[id - 1] = source
            wanted[id + 1] = source
        }
        guard !wanted.isEmpty else { return [:] }
        let list = wanted.keys.map(String.init).joined(separator: ", ")
        var texts: [Int: String] = [:]
        for row in try db.rows("SELECT id, source_id, text FROM sentences WHERE id IN (\(list))") {
            guard let id = row.int("id"), let text = row.string("text"), wanted[id] == row.int("source_id") else { continue }
            texts[id] = text
        }
        return texts
    }

    /// The neighbours of sentence `id` that `neighbourTexts` found (those of its source).
    private static func neighbourIDs(of id: Int, _ neighbours: [Int: String]) -> [Int] {
        [id - 1, id + 1].filter { neighbours[$0] != nil }
    }

    /// The sentences among `ids` with a claim in force that takes `side` on a proposition.
    private func sentencesTaking(_ side: String?, among ids: [Int]) throws -> Set<Int> {
        guard let side, !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ", ")
        return Set(
            try db.rows(
                "SELECT DISTINCT sentence_id FROM \(PolicySQL.claims) WHERE sentence_id IN (\(list)) AND polarity = ?",
                [side]
            ).compactMap { $0.int("sentence_id") })
    }

    /// The actors of `groups` each sentence mentions.
    private func actorsMentioned(in sentences: [Int], groups: [Group]) throws -> [Int: Set<String>] {
        let actors = groups.compactMap(\.actor)
        guard !actors.isEmpty, !sentences.isEmpty else { return [:] }
        let sentenceList = sentences.map(String.init).joined(separator: ", ")
        let placeholders = actors.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        var found: [Int: Set<String>] = [:]
        for row in try db.rows(
            """
            SELECT m.sentence_id, a.name FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            WHERE m.sentence_id IN (\(sentenceList)) AND a.name IN (\(placeholders))
            """, actors)
        {
            if let id = row.int("sentence_id"), let name = row.string("name") { found[id, default: []].insert(name) }
        }
        return found
    }

    /// The stems of a sentence's words, and of the parts of hyphenated ones ("10-15": 10, 15).
    static func stems(of text: String) -> Set<String> {
        let stemmer = SharedStemmer.english
        var stems = Set<String>()
        for word in QuestionParser.words(text) {
            let lower = word.lowercased()
            stems.insert(stemmer.stem(lower))
            if lower.utf8.contains(UInt8(ascii: "-")) {
                for part in lower.split(separator: "-") { stems.insert(stemmer.stem(String(part))) }
            }
        }
        return stems
    }

    /// The base form derivations are listed under: a verb's or noun's inflection undone
    /// ("selling" → "sell", "invasions" → "invasion"), when the table lists that form.
    static func lemma(_ word: String) -> String {
        guard Derivations.english.related(to: word).isEmpty else { return word }
        for (ending, replacement) in [("ying", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")]
        where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let base = String(word.dropLast(ending.count)) + replacement
            for candidate in [base, base + "e", String(base.dropLast())] where !Derivations.english.related(to: candidate).isEmpty
            {
                return candidate
            }
        }
        return word
    }

    /// A word or name as an FTS5 string (quotes doubled).
    static func phrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
