/// Plans about actors: relations, rankings, sources naming them.
extension AnswerPlanner {
    /// Relations of an actor (the other side listed), or between two actors; negated ones left out.
    static func relations(_ question: Question) -> AnswerPlan {
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
            \(RelationQueries.relationsWithNames)
            WHERE \(conditions)
            ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, r.id
            """
        return AnswerPlan(
            sql: sql, arguments: parameters.values,
            interpretation: reading + " (negated relations left out)" + describeDates(question))
    }

    /// Actors ranked by mentions, optionally of one kind word ("countries" means states).
    static func actors(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let conditions = scope(question, published: "s.published", source: "s.id", &parameters)
        let sql = """
            SELECT a.name AS actor, a.kind, count(*) AS mentions, count(DISTINCT m.source_id) AS sources
            FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id JOIN sources AS s ON s.id = m.source_id
            WHERE 1 = 1\(conditions)
            GROUP BY a.id ORDER BY mentions DESC, a.name
            """
        return AnswerPlan(
            sql: sql, arguments: parameters.values, interpretation: "the actors mentioned most" + describeDates(question))
    }

    /// Sources that name every actor of the question, with how often and a first example.
    static func mentioningSources(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        var conditions = ""
        for actor in question.actors {
            conditions +=
                "\n  AND EXISTS (SELECT 1 FROM mentions AS m2 JOIN actors AS a2 ON a2.id = m2.actor_id"
                + " WHERE m2.source_id = s.id AND a2.name = \(parameters.bind(actor)))"
        }
        let first = parameters.bind(question.actors.first)
        conditions += scope(question, published: "s.published", source: "s.id", &parameters)
        let sql = """
            SELECT s.title AS source, s.author, s.published,
                   (SELECT count(*) FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                     WHERE m.source_id = s.id AND a.name = \(first)) AS mentions,
                   (SELECT st.text FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                      JOIN sentences AS st ON st.id = m.sentence_id
                     WHERE m.source_id = s.id AND a.name = \(first) ORDER BY st.ordinal LIMIT 1) AS first_sentence
            FROM sources AS s
            WHERE 1 = 1\(conditions)
            ORDER BY mentions DESC, s.published
            """
        return AnswerPlan(
            sql: sql, arguments: parameters.values,
            interpretation: "sources naming \(question.actors.joined(separator: " and "))" + describeDates(question))
    }
}
