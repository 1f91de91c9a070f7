import Store

/// Filters of `argkb relations`; nil means "any".
public struct RelationFilter: Sendable {
    /// An actor (any alias) on either side.
    public var actor: String?
    /// Two actors (any aliases): relations between them, in either direction.
    public var between: (String, String)?
    /// A predicate (competes_with) or a quad class (material_conflict).
    public var type: String?
    /// asserted, future, hypothetical, negated or reported.
    public var context: String?
    /// A region actor (any alias).
    public var region: String?

    public init() {}
}

/// Listings of actor-to-actor relations, with their evidence.
public struct RelationQueries {
    let db: Database

    public init(db: Database) { self.db = db }

    /// Predicates stored in both directions (the `predicates` table says which): listed once
    /// (subject before object) unless an actor filter picks a side.
    static let symmetric = "(SELECT name FROM predicates WHERE direction = 'symmetric')"

    /// The relations `r` with their subject, object and region actors, source `s` and sentence `st`.
    static let relationsWithNames = """
        FROM relations AS r
        JOIN actors AS subj ON subj.id = r.subject_actor_id
        JOIN actors AS obj ON obj.id = r.object_actor_id
        LEFT JOIN actors AS reg ON reg.id = r.region_actor_id
        JOIN sources AS s ON s.id = r.source_id
        JOIN sentences AS st ON st.id = r.sentence_id
        """

    /// `relationsWithNames` walking the sources in publication order (sources_by_date) and each
    /// one's relations: a listing ordered by date stops at its LIMIT.
    static let relationsWithNamesByDate = """
        FROM sources AS s
        CROSS JOIN relations AS r INDEXED BY relations_by_source ON r.source_id = s.id
        JOIN actors AS subj ON subj.id = r.subject_actor_id
        JOIN actors AS obj ON obj.id = r.object_actor_id
        LEFT JOIN actors AS reg ON reg.id = r.region_actor_id
        JOIN sentences AS st ON st.id = r.sentence_id
        """

    /// The SQL of `argkb relations`; every filter is a bound parameter, NULL when unused.
    public static let sql = """
        SELECT r.id, subj.name AS subject, r.predicate, obj.name AS object, reg.name AS region, r.quad_class,
               r.context, coalesce(r.speaker_name, 'author') AS speaker, substr(s.text, r.cue_start + 1, r.cue_length) AS cue,
               s.slug AS source, st.text AS sentence,
               \(PolicySQL.location(source: "s", sentence: "st")) AS location
        \(relationsWithNames)
        WHERE (?1 IS NULL OR r.subject_actor_id = ?1 OR (r.object_actor_id = ?1 AND r.predicate NOT IN \(symmetric)))
          AND (?2 IS NULL OR (r.subject_actor_id = ?2 AND r.object_actor_id = ?3)
                          OR (r.subject_actor_id = ?3 AND r.object_actor_id = ?2))
          AND (?4 IS NULL OR r.predicate = ?4 OR r.quad_class = ?4)
          AND (?5 IS NULL OR r.context = ?5)
          AND (?6 IS NULL OR r.region_actor_id = ?6)
          AND (?1 IS NOT NULL OR r.predicate NOT IN \(symmetric) OR subj.name < obj.name)
        ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, r.id
        """

    /// Relations matching the filter, in source and sentence order.
    /// - Throws: `QueryError.notFound` for an actor name no alias matches.
    public func relations(_ filter: RelationFilter) throws -> Listing {
        let actors = ActorQueries(db: db)
        let actor = try filter.actor.map { try actors.resolve($0).id }
        let pair = try filter.between.map { (try actors.resolve($0.0).id, try actors.resolve($0.1).id) }
        let region = try filter.region.map { try actors.resolve($0).id }
        return try db.listing(Self.sql, [actor, pair?.0, pair?.1, filter.type, filter.context, region])
    }
}
