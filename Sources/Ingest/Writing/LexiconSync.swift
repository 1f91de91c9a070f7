import Domain
import Store

/// Copies the gazetteer and the propositions into the database (tables actors, actor_aliases,
/// propositions), so SQL users see the lexicon the sources were tagged with.
struct LexiconSync {
    let db: Database

    /// Upserts every actor and proposition, replaces aliases, and drops actors no longer listed
    /// (their mentions go with them; the sources are re-tagged because the lexicon hash changed).
    /// - Returns: canonical actor name → `actors.id`.
    func sync(_ lexicons: Lexicons) throws -> [String: Int] {
        // Inside the caller's transaction when there is one (`propositions add`), else in its own.
        db.isInsideTransaction ? try rows(lexicons) : try db.inTransaction { try rows(lexicons) }
    }

    private func rows(_ lexicons: Lexicons) throws -> [String: Int] {
        do {
            let upsertActor = try db.prepare(
                """
                INSERT INTO actors (name, kind, country_code) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, country_code = excluded.country_code,
                                                 method = 'lexicon'
                """)
            let actorID = try db.prepare("SELECT id FROM actors WHERE name = ?")
            let deleteAliases = try db.prepare("DELETE FROM actor_aliases WHERE actor_id = ?")
            let insertAlias = try db.prepare("INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_kind) VALUES (?, ?, ?)")
            var ids: [String: Int] = [:]
            for actor in lexicons.gazetteer.actors {
                try upsertActor.run([actor.name, actor.kind, actor.countryCode])
                var id = 0
                try actorID.forEach([actor.name]) { id = $0.int(at: 0) }
                ids[actor.name] = id
                try deleteAliases.run([id])
                for alias in actor.aliases { try insertAlias.run([id, alias.text, alias.kind]) }
                // The canonical name is always an alias, so `ask` finds a lexicon actor by the
                // alias index alone (DatabaseVocabulary loads only candidate actors' names).
                try insertAlias.run([id, actor.name, AliasKind.name.rawValue])
            }
            let deleteActor = try db.prepare("DELETE FROM actors WHERE id = ?")
            // Candidate actors are the corpus's (CandidateActors rebuilds them after an ingest that stores).
            for row in try db.rows("SELECT id, name FROM actors WHERE method = 'lexicon'")
            where ids[row.string("name") ?? ""] == nil {
                try deleteActor.run([row.int("id") ?? 0])
            }
            let upsertProposition = try db.prepare(
                """
                INSERT INTO propositions (id, statement, terms, actors) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET statement = excluded.statement, terms = excluded.terms,
                                               actors = excluded.actors
                """)
            for proposition in lexicons.claims.propositions {
                try upsertProposition.run([
                    proposition.id, proposition.statement, proposition.terms.joined(separator: "|"),
                    proposition.actors.joined(separator: "|"),
                ])
            }
            // The estimative lexicon as of this run, so `ask` understands the same words in questions.
            try db.execute("DELETE FROM likelihood_phrases")
            let insertPhrase = try db.prepare("INSERT OR IGNORE INTO likelihood_phrases (phrase, term) VALUES (?, ?)")
            for entry in lexicons.claims.estimative.entries {
                guard let term = entry.term else { continue }
                try insertPhrase.run([entry.phrase.lowercased(), term.name])
            }
            return ids
        }
    }
}
