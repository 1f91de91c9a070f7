import Store

/// Listings about actors: counts, candidates, and one actor in detail.
public struct ActorQueries {
    let db: Database

    public init(db: Database) { self.db = db }

    /// Actors with their mention counts overall and the number of sources naming them, most
    /// mentioned first; `perSource` lists one row per actor and source instead.
    public func list(kind: String? = nil, perSource: Bool = false, includeUnmentioned: Bool = false) throws -> Listing {
        if perSource {
            return try db.listing(
                """
                SELECT a.name AS actor, a.kind, s.slug AS source, x.mentions
                FROM actor_sources AS x JOIN actors AS a ON a.id = x.actor_id JOIN sources AS s ON s.id = x.source_id
                WHERE (?1 IS NULL OR a.kind = ?1)
                ORDER BY a.name, x.mentions DESC, s.slug
                """, [kind])
        }
        return try db.listing(
            """
            SELECT a.name AS actor, a.kind, a.country_code AS country, coalesce(sum(x.mentions), 0) AS mentions,
                   count(x.source_id) AS sources
            FROM actors AS a LEFT JOIN actor_sources AS x ON x.actor_id = a.id
            WHERE (?1 IS NULL OR a.kind = ?1)
            GROUP BY a.id HAVING ?2 OR count(x.source_id) > 0
            ORDER BY mentions DESC, a.name
            """, [kind, includeUnmentioned])
    }

    /// Names the gazetteer does not know, with counts and the first sentence each was seen in.
    public func candidates() throws -> Listing {
        try db.listing(
            """
            SELECT c.name, c.kind_guess AS kind, c.mentions, c.sources, c.cues, st.text AS first_sentence
            FROM entity_candidate_summary AS c JOIN sentences AS st ON st.id = c.first_sentence_id
            ORDER BY c.mentions DESC, c.name
            """)
    }

    /// Resolves a name or any alias (case-insensitive) to the actor's id and canonical name.
    ///
    /// - Throws: `QueryError.notFound` when nothing in the gazetteer matches.
    public func resolve(_ name: String) throws -> (id: Int, name: String) {
        let rows = try db.rows(
            """
            SELECT a.id, a.name FROM actors AS a WHERE a.name = ?1 COLLATE NOCASE
            UNION ALL
            SELECT a.id, a.name FROM actor_aliases AS l JOIN actors AS a ON a.id = l.actor_id
            WHERE l.alias = ?1 COLLATE NOCASE
            LIMIT 1
            """, [name])
        guard let row = rows.first, let id = row.int("id"), let canonical = row.string("name") else {
            throw QueryError.notFound("no actor or alias '\(name)' (see `argkb actors`, or add it to data/lexicon/actors.tsv)")
        }
        return (id, canonical)
    }

    /// An actor in detail: its row, aliases, sources, co-mentioned actors and example sentences.
    public func detail(_ name: String, examples: Int = 5) throws -> ActorDetail {
        let actor = try resolve(name)
        let info = try db.listing("SELECT id, name, kind, country_code AS country FROM actors WHERE id = ?", [actor.id])
        let aliases = try db.listing(
            "SELECT alias, alias_kind AS kind FROM actor_aliases WHERE actor_id = ? ORDER BY alias_kind, alias", [actor.id])
        let sources = try db.listing(
            """
            SELECT s.id, s.slug, s.title, x.mentions
            FROM actor_sources AS x JOIN sources AS s ON s.id = x.source_id
            WHERE x.actor_id = ? ORDER BY x.mentions DESC, s.slug
            """, [actor.id])
        let comentioned = try db.listing(
            """
            SELECT other.name AS actor, count(DISTINCT m2.sentence_id) AS sentences
            FROM mentions AS m1
            JOIN mentions AS m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id <> m1.actor_id
            JOIN actors AS other ON other.id = m2.actor_id
            WHERE m1.actor_id = ? GROUP BY other.id ORDER BY sentences DESC, other.name LIMIT 10
            """, [actor.id])
        let sentences = try db.listing(
            """
            SELECT s.slug AS source, substr(s.text, m.start + 1, m.length) AS surface, st.id AS sentence_id, st.text AS sentence
            FROM mentions AS m JOIN sentences AS st ON st.id = m.sentence_id JOIN sources AS s ON s.id = m.source_id
            WHERE m.actor_id = ? GROUP BY st.id ORDER BY s.published, st.source_id, st.ordinal LIMIT ?
            """, [actor.id, examples])
        return ActorDetail(
            name: actor.name, info: info, aliases: aliases, sources: sources,
            comentioned: comentioned, examples: sentences)
    }
}

/// The parts of `argkb show actor`.
public struct ActorDetail: Sendable {
    public let name: String
    public let info: Listing
    public let aliases: Listing
    public let sources: Listing
    public let comentioned: Listing
    public let examples: Listing
}
