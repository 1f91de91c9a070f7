import Domain
import Store

/// The part of the question language that lives in the database: likelihood phrases of the
/// estimative lexicon, proposition terms and actors, actor aliases and kinds, source names.
struct DatabaseVocabulary {
    let likelihoodPhrases: [String: Int]
    let propositionTerms: [String: String]
    let propositionIDs: [String]
    let propositionActors: [String: Set<String>]
    /// Candidate actors' names, folded (longer than 3 characters) or as written. A lexicon actor's
    /// name is one of its aliases (LexiconSync), so only the corpus's candidates need these.
    private let foldedNames: [String: String]
    private let exactNames: [String: String]
    /// The aliases are looked up one phrase at a time (actor_aliases_by_alias): loading all of
    /// them, 3,500 with the world gazetteer, cost every `ask` 5 ms, and the 1,400 actors' names 1 ms.
    private let aliasLookup: Statement
    private let kindLookup: Statement
    private let db: Database

    init(db: Database) throws {
        self.db = db
        var ranks: [String: Int] = [:]
        try db.prepare("SELECT term, rank FROM likelihood_scale").forEach { ranks[$0.string(at: 0) ?? ""] = $0.int(at: 1) }
        var phrases: [String: Int] = [:]
        try db.prepare("SELECT phrase, term FROM likelihood_phrases").forEach { row in
            if let phrase = row.string(at: 0), let rank = ranks[row.string(at: 1) ?? ""] { phrases[phrase.lowercased()] = rank }
        }
        for (word, term) in QuestionVocabulary.likelihoodWords { phrases[word] = ranks[term] }
        likelihoodPhrases = phrases

        var terms: [String: String] = [:]
        var ids: [String] = []
        var involved: [String: Set<String>] = [:]
        try db.prepare("SELECT id, terms, actors FROM propositions ORDER BY id").forEach { row in
            let id = row.string(at: 0) ?? ""
            ids.append(id)
            involved[id] = Set((row.string(at: 2) ?? "").split(separator: "|").map(String.init))
            for term in (row.string(at: 1) ?? "").split(separator: "|") {
                // Not Foundation's trimmingCharacters, which bridged each term to NSString.
                guard let first = term.firstIndex(where: { !$0.isWhitespace }),
                    let last = term.lastIndex(where: { !$0.isWhitespace })
                else { continue }
                let folded = term[first...last].lowercased()
                if !folded.isEmpty && terms[folded] == nil { terms[folded] = id }
            }
        }
        propositionTerms = terms
        propositionIDs = ids
        propositionActors = involved

        var names: [String] = []
        try db.prepare("SELECT name FROM actors WHERE method = 'candidate' ORDER BY name").forEach {
            names.append($0.string(at: 0) ?? "")
        }
        var folded: [String: String] = [:]
        var exact: [String: String] = [:]
        for name in names {
            // Short names (US, UK, EU) only as written, so "us" and "eu" in a question are words.
            if name.count <= 3 { exact[name] = name } else { folded[name.lowercased()] = folded[name.lowercased()] ?? name }
        }
        foldedNames = folded
        exactNames = exact
        aliasLookup = try db.prepare(
            """
            SELECT l.alias, a.name FROM actor_aliases AS l JOIN actors AS a ON a.id = l.actor_id
            WHERE l.alias = ?1 COLLATE NOCASE ORDER BY l.alias, a.name
            """)
        kindLookup = try db.prepare("SELECT kind FROM actors WHERE name = ?")
    }

    /// The actors (canonical names) by how often the corpus names them (`actor_totals`; never
    /// counts 0), the least named first; equal ones keep their order.
    func leastMentionedFirst(_ actors: [String]) -> [String] {
        let counted = actors.enumerated().map { position, name in
            let count = try? db.scalar(
                "SELECT t.mentions FROM actor_totals AS t JOIN actors AS a ON a.id = t.actor_id WHERE a.name = ?", [name])
            return (mentions: count?.int ?? 0, position: position, name: name)
        }
        return counted.sorted { ($0.mentions, $0.position) < ($1.mentions, $1.position) }.map(\.name)
    }

    /// The kind of the actor with this canonical name ("region", "state", ...).
    func kind(ofActor name: String) -> String? {
        var kind: String?
        try? kindLookup.forEach([name]) { kind = $0.string(at: 0) }
        return kind
    }

    /// The canonical actor a phrase names, if any: an alias of 3 characters or fewer only as
    /// written ("US", not "us"), a longer one in any case.
    func actor(written: String, folded: String) -> String? {
        if let name = exactNames[written] { return name }
        var exact: String?
        var caseless: String?
        try? aliasLookup.forEach([written]) { row in
            guard let alias = row.string(at: 0), let name = row.string(at: 1) else { return }
            if alias.count <= 3 {
                if alias == written { exact = name }
            } else if caseless == nil, alias.lowercased() == folded {
                caseless = name
            }
        }
        if let exact { return exact }
        guard folded.count > 3 else { return nil }
        return caseless ?? foldedNames[folded]
    }

    /// A source named by its slug anywhere in the question ("the sino-russian-military-alliance source").
    func sourceBySlug(_ words: [String]) throws -> Int? {
        for word in words where word.contains("-") {
            if let id = try db.scalar("SELECT id FROM sources WHERE slug = ?", [word.lowercased()])?.int { return id }
        }
        return nil
    }

    /// The source the words after `start` name: a slug, an id ("source 3"), or the title sharing
    /// the most of those words.
    func source(named words: [String], after start: Int) throws -> Int? {
        let rest = words.count > start + 1 ? Array(words[(start + 1)...]) : []
        // A slug as one word or split at its hyphens ("sino russian military alliance"), found by
        // its index before any title is scored (that reads every source). Slugs are lower case
        // (IngestRunner.uniqueSlug), so `slug = ?` uses the UNIQUE index; COLLATE NOCASE would not.
        for first in rest.indices {
            for last in rest.indices where last >= first && last - first < 12 {
                let slug = rest[first...last].joined(separator: "-")
                if let id = try db.scalar("SELECT id FROM sources WHERE slug = ?", [slug.lowercased()])?.int { return id }
            }
        }
        if let number = rest.compactMap({ Int($0) }).first,
            let id = try db.scalar("SELECT id FROM sources WHERE id = ?", [number])?.int
        {
            return id
        }
        let stop = WordLists.builtIn.set(.sourceTitleStopWords)
        let keywords = Array(rest.map { $0.lowercased() }.filter { $0.count > 2 && !stop.contains($0) }.prefix(8))
        guard !keywords.isEmpty else { return nil }
        // The titles that have a word starting with a keyword, the best 20 by bm25 (the title index:
        // scoring every title read every source, 130-250 ms at 100k), scored by how many keywords
        // each contains; each keyword is a bound parameter.
        let match = keywords.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " OR ")
        let score = keywords.indices.map { "(instr(lower(coalesce(s.title, '') || ' ' || s.slug), ?\($0 + 2)) > 0)" }
            .joined(separator: " + ")
        let rows = try db.rows(
            """
            SELECT s.id, \(score) AS score
            FROM (SELECT rowid, rank FROM source_titles_fts WHERE source_titles_fts MATCH ?1 ORDER BY rank LIMIT 20) AS found
            JOIN sources AS s ON s.id = found.rowid
            ORDER BY score DESC, found.rank, s.id LIMIT 1
            """, [match] + keywords)
        guard let row = rows.first, (row.int("score") ?? 0) > 0 else { return nil }
        return row.int("id")
    }
}
