import Domain
import Store

/// Promotes the unknown names the candidate finder is confident of to actors of their own, with
/// `method = 'candidate'`, kept apart from the lexicon's (`method = 'lexicon'`): a person or
/// organization named with a cue of its kind ("analyst Jane Roe", "the Roe Institute") or named in
/// full (two words or more) at least twice in the corpus. Each of its candidate rows becomes a
/// mention, so `actors`, `show actor`, `ask` and the relations' speakers see it.
///
/// Rebuilt after every ingest that stored something (the candidates are the corpus's), in the
/// caller's transaction. A name an actor of the lexicon has (as a name or an alias) is never
/// promoted; adding it to actors.tsv makes it a lexicon actor.
struct CandidateActors {
    let db: Database

    /// Mentions of one name a candidate needs when the finder gave no cue of its kind.
    static let repeatedMentions = 2

    /// - Returns: the number of actors promoted.
    @discardableResult
    func rebuild() throws -> Int {
        try db.execute("DELETE FROM actors WHERE method = 'candidate'")
        let confident = try db.rows(
            """
            SELECT e.name,
                   (SELECT k.kind_guess FROM entity_candidates AS k
                    WHERE k.name = e.name AND (k.kind_guess = 'person' OR k.kind_guess = 'organization')
                    GROUP BY k.kind_guess ORDER BY count(*) DESC, k.kind_guess LIMIT 1) AS kind
            FROM entity_candidates AS e
            GROUP BY e.name
            HAVING kind IS NOT NULL
               AND (count(e.kind_cue) > 0 OR (count(*) >= ?1 AND instr(e.name, ' ') > 0))
            ORDER BY e.name
            """, [Self.repeatedMentions])
        let known = try db.prepare(
            """
            SELECT EXISTS (SELECT 1 FROM actors WHERE name = ?1 COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM actor_aliases WHERE alias = ?1 COLLATE NOCASE)
            """)
        let insert = try db.prepare("INSERT INTO actors (name, kind, method) VALUES (?, ?, ?)")
        let mentions = try db.prepare(
            """
            INSERT OR IGNORE INTO mentions (source_id, sentence_id, actor_id, start, length, alias_kind_code)
            SELECT source_id, sentence_id, ?2, start, length, \(AliasKind.name.code) FROM entity_candidates WHERE name = ?1
            """)
        let actorSources = try db.prepare(
            """
            INSERT INTO actor_sources (actor_id, source_id, mentions, first_sentence_id)
            SELECT actor_id, source_id, count(*), min(sentence_id) FROM mentions WHERE actor_id = ?1 GROUP BY source_id
            """)
        var promoted = 0
        for row in confident {
            // A candidate's guessed kind becomes an actor's kind when both sets have it.
            guard let name = row.string("name"), let kind = row.string("kind").flatMap(ActorKind.init(rawValue:)),
                [ActorKind.person, .organization].contains(kind)
            else { continue }
            var isKnown = false
            try known.forEach([name]) { isKnown = $0.int(at: 0) == 1 }
            guard !isKnown else { continue }
            try insert.run([name, kind, ActorMethod.candidate])
            let actorID = db.lastInsertedRowID
            try mentions.run([name, actorID])
            try actorSources.run([actorID])
            promoted += 1
        }
        return promoted
    }
}
