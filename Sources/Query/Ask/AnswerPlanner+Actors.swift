/// Plans about actors: relations, rankings, sources naming them.
extension AnswerPlanner {
    /// Relations of an actor (the other side listed), or between two actors; negated ones left out.
    ///
    /// `.byDate` walks the sources in publication order and their relations (relations_by_source)
    /// and stops at the LIMIT: for a pair or an actor in many relations ("what links Russia and
    /// India": 1.3 s at 100k articles when every match was sorted). `.byFilter` starts from the
    /// actors' indexes, for rare ones (`relationProbes`).
    static func relations(_ question: Question, drive: Drive) -> AnswerPlan {
        var parameters = ParameterList()
        var conditions = "r.context <> 'negated'"
        var reading: String
        let predicates = Array(Set(question.predicates)).sorted()
        if question.actors.count >= 2 {
            let a = parameters.bind(question.actors[0])
            let b = parameters.bind(question.actors[1])
            conditions += " AND ((subj.name = \(a) AND obj.name = \(b)) OR (subj.name = \(b) AND obj.name = \(a)))"
            reading = "relations between \(question.actors[0]) and \(question.actors[1])"
        } else if let actor = question.actors.first {
            // The actor as the object ("compete with China"); symmetric relations are stored both ways.
            conditions += " AND obj.name = \(parameters.bind(actor))"
            reading = "actors in a relation with \(actor)"
        } else {
            reading = "relations"
        }
        if !predicates.isEmpty {
            conditions += " AND r.predicate IN (" + predicates.map { parameters.bind($0) }.joined(separator: ", ") + ")"
            reading += " (" + predicates.joined(separator: ", ") + ")"
        }
        if let region = question.region {
            conditions += " AND reg.name = \(parameters.bind(region))"
            reading += " in \(region)"
        }
        conditions += scope(question, published: "s.published", source: "s.id", &parameters)
        let sql = """
            SELECT subj.name AS actor, r.predicate, obj.name AS other, reg.name AS region, r.context,
                   coalesce(r.speaker_name, 'author') AS speaker, s.title AS source, s.published, st.text AS evidence,
                   \(PolicySQL.location(source: "s", sentence: "st")) AS location
            \(drive == .byDate ? RelationQueries.relationsWithNamesByDate : RelationQueries.relationsWithNames)
            WHERE \(conditions)
            ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, r.id
            """
        return AnswerPlan(
            sql: sql, arguments: parameters.values,
            interpretation: reading + " (negated relations left out)" + describeDates(question))
    }

    /// The count that chooses the relations' drive: the relations of the pair, or those whose object
    /// is the actor.
    static func relationProbes(_ question: Question) -> [Probe] {
        var parameters = ParameterList()
        if question.actors.count >= 2 {
            let a = "(SELECT id FROM actors WHERE name = \(parameters.bind(question.actors[0])))"
            let b = "(SELECT id FROM actors WHERE name = \(parameters.bind(question.actors[1])))"
            return [
                Probe(
                    sql: "SELECT 1 FROM relations AS r WHERE (r.subject_actor_id = \(a) AND r.object_actor_id = \(b))"
                        + " OR (r.subject_actor_id = \(b) AND r.object_actor_id = \(a))",
                    arguments: parameters.values, table: "relations")
            ]
        }
        guard let actor = question.actors.first else { return [] }
        return [
            Probe(
                sql:
                    "SELECT 1 FROM relations AS r WHERE r.object_actor_id = (SELECT id FROM actors WHERE name = \(parameters.bind(actor)))",
                arguments: parameters.values, table: "relations")
        ]
    }

    /// Actors ranked by mentions.
    ///
    /// Over the whole corpus the counts come from `actor_totals` (a row an actor); limited by date
    /// or source, from `actor_sources` (a row an actor and source), read for the sources of the
    /// period only: the sources come first (CROSS JOIN), found on `sources_by_date`. Left to
    /// itself, SQLite read every row of `actor_sources` and looked its source up (1 s at 10k
    /// articles, 6-84 s at 100k).
    static func actors(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let conditions = scopeSeekingDates(question, published: "s.published", source: "s.id", &parameters)
        let interpretation = "the actors mentioned most" + describeDates(question)
        guard conditions.isEmpty else {
            let sql = """
                SELECT a.name AS actor, a.kind, sum(x.mentions) AS mentions, count(*) AS sources
                FROM sources AS s CROSS JOIN actor_sources AS x ON x.source_id = s.id JOIN actors AS a ON a.id = x.actor_id
                WHERE 1 = 1\(conditions)
                GROUP BY a.id ORDER BY mentions DESC, a.name
                """
            return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: interpretation)
        }
        let sql = """
            SELECT a.name AS actor, a.kind, t.mentions, t.sources
            FROM actor_totals AS t JOIN actors AS a ON a.id = t.actor_id
            ORDER BY t.mentions DESC, a.name
            """
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: interpretation)
    }

    /// Sources that name every actor of the question, with how often and a first example; the
    /// most mentions first, then in the order they were stored (the source's id).
    ///
    /// `actor_sources` holds each source's count of the first actor's mentions and the first
    /// sentence naming it: the sources are read from `actor_sources_by_count` in the answer's order
    /// and the walk stops at its limit (at 100k articles, counting the 137,000 mentions of India to
    /// order 63,000 sources took 26 ms of SQL). `sources` is read only for the rows shown and when
    /// the question limits them (dates, other actors, each one probe of `actor_sources`).
    static func mentioningSources(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let first = parameters.bind(question.actors.first)
        var conditions = ""
        for actor in question.actors.dropFirst() {
            conditions +=
                "\n        AND EXISTS (SELECT 1 FROM actor_sources AS other WHERE other.source_id = x.source_id"
                + " AND other.actor_id = (SELECT id FROM actors WHERE name = \(parameters.bind(actor))))"
        }
        let scoped = scope(question, published: "s.published", source: "s.id", &parameters)
        let limited = scoped.isEmpty ? "" : "\n      JOIN sources AS s ON s.id = x.source_id"
        let sql = """
            SELECT s.title AS source, s.author, s.published, picked.mentions,
                   (SELECT st.text FROM sentences AS st WHERE st.id = picked.first_sentence_id) AS first_sentence
            FROM (SELECT x.source_id, x.mentions, x.first_sentence_id
                  FROM actor_sources AS x\(limited)
                  WHERE x.actor_id = (SELECT id FROM actors WHERE name = \(first))\(conditions)\(scoped)
                  ORDER BY x.mentions DESC, x.source_id
                  LIMIT \(AnswerPlan.rowLimit)) AS picked
            JOIN sources AS s ON s.id = picked.source_id
            ORDER BY picked.mentions DESC, s.id
            """
        return AnswerPlan(
            sql: sql, arguments: parameters.values,
            interpretation: "sources naming \(question.actors.joined(separator: " and "))" + describeDates(question))
    }
}
