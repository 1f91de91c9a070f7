import Domain

/// Plans for a proposition read from the question (`AdHocProposition`): answered from the stored
/// claims that estimate something in a sentence naming every actor and a word of the matter.
extension AnswerPlanner {
    static func adHoc(_ question: Question, _ adHoc: AdHocProposition) -> AnswerPlan {
        switch question.target {
        case .speakers, .claims: return adHocClaims(question, adHoc)
        case .count: return adHocSources(question, adHoc, count: true)
        case .summary: return adHocSources(question, adHoc, count: false, everyEstimate: true)
        default: return adHocSources(question, adHoc, count: false)
        }
    }

    /// Claims with an estimate, in a sentence that names every actor and holds every matter word
    /// (or a word of its family: an FTS5 prefix query on its stem): the claims' source (`from`,
    /// which names them `c`) and their conditions.
    ///
    /// With matter words, the sentences FTS5 finds drive, and each is tested for the actors, the
    /// least mentioned first, before its claims are read: at 100k articles, 18,000 sentences with
    /// "invasion" cost 68 ms when each one's claims were read first, 36 ms this way.
    private static func adHocMatter(_ adHoc: AdHocProposition, _ parameters: inout ParameterList)
        -> (from: String, conditions: String)
    {
        var from = "\(PolicySQL.claims) AS c"
        var sentence = "c.sentence_id"
        if let query = adHoc.searchQuery {
            from =
                "(SELECT rowid AS sentence_id FROM sentences_fts WHERE sentences_fts MATCH \(parameters.bind(query))) AS f"
                + "\nCROSS JOIN \(PolicySQL.claims) AS c ON c.sentence_id = f.sentence_id"
            sentence = "f.sentence_id"
        }
        var conditions = "\n  AND c.likelihood_term IS NOT NULL"
        for actor in adHoc.testOrder.isEmpty ? adHoc.actors : adHoc.testOrder {
            conditions +=
                "\n  AND EXISTS (SELECT 1 FROM mentions AS m WHERE m.sentence_id = \(sentence)"
                + " AND m.actor_id = (SELECT id FROM actors WHERE name = \(parameters.bind(actor))))"
        }
        return (from, conditions)
    }

    /// The estimate's side, from its rank (no stored polarity: the claim is on no proposition).
    private static let side = LikelihoodScale.sideSQL(rank: "l.rank")

    /// The question's likelihood and side as conditions on the estimate's rank `l.rank`.
    private static func estimateConditions(
        _ question: Question, _ parameters: inout ParameterList,
        reading: inout String
    ) -> String {
        var conditions = ""
        if let range = question.likelihood {
            conditions += "\n  AND l.rank BETWEEN \(parameters.bind(range.lowestRank)) AND \(parameters.bind(range.highestRank))"
            reading += describeLikelihood(question)
        }
        if let polarity = question.polarity {
            conditions += "\n  AND \(side) = \(parameters.bind(polarity))"
            reading += " that are \(polarity)"
        }
        return conditions
    }

    /// Each source's last estimate by its author on the matter (authors end with their judgement),
    /// filtered by the question's likelihood and side.
    private static func adHocSources(
        _ question: Question, _ adHoc: AdHocProposition, count: Bool,
        everyEstimate: Bool = false
    ) -> AnswerPlan {
        var parameters = ParameterList()
        let matter = adHocMatter(adHoc, &parameters)
        var conditions = scope(question, published: "s.published", source: "s.id", &parameters)
        var reading = "sources whose author estimates the matter read from the question (\(adHoc.reading))"
        if !everyEstimate { conditions += estimateConditions(question, &parameters, reading: &reading) }
        reading += describeDates(question)
        let estimates = """
            WITH estimates AS (
                SELECT c.source_id, c.id AS claim_id, c.likelihood_term, c.p_low, c.p_high, c.sentence_id, max(c.start) AS last
                FROM \(matter.from)
                WHERE c.speaker_name IS NULL\(matter.conditions)
                GROUP BY c.source_id)
            """
        let rows = """
            FROM estimates AS e
            JOIN sources AS s ON s.id = e.source_id
            JOIN sentences AS st ON st.id = e.sentence_id
            JOIN likelihood_scale AS l ON l.term = e.likelihood_term
            WHERE 1 = 1\(conditions)
            """
        if count {
            return AnswerPlan(
                sql: estimates + "\nSELECT count(*) AS sources\n" + rows, arguments: parameters.values,
                interpretation: "the number of " + reading)
        }
        return AnswerPlan(
            sql: estimates + """

                SELECT s.title AS source, s.author, s.published, e.likelihood_term AS verdict, \(band("e")) AS band,
                       \(side) AS polarity, 'ad hoc' AS method, st.text AS evidence, \(PolicySQL.location(source: "s", sentence: "st")) AS location
                \(rows)
                ORDER BY \(PolicySQL.dateOrder("s")), s.id
                """, arguments: parameters.values, interpretation: reading)
    }

    /// Every estimate on the matter, by any speaker ("who expects Ukraine to join NATO").
    private static func adHocClaims(_ question: Question, _ adHoc: AdHocProposition) -> AnswerPlan {
        var parameters = ParameterList()
        let matter = adHocMatter(adHoc, &parameters)
        var conditions = matter.conditions
        var reading = "who estimates the matter read from the question (\(adHoc.reading))"
        conditions += estimateConditions(question, &parameters, reading: &reading)
        conditions += scope(question, published: "s.published", source: "s.id", &parameters)
        reading += describeDates(question)
        return AnswerPlan(
            sql: """
                SELECT coalesce(c.speaker_name, 'the author') AS speaker, s.title AS source, s.published,
                       c.likelihood_term AS term, \(band("c")) AS band, \(side) AS polarity, c.cue, st.text AS evidence,
                       \(PolicySQL.location(source: "s", sentence: "st")) AS location
                FROM \(matter.from)
                JOIN sources AS s ON s.id = c.source_id
                JOIN sentences AS st ON st.id = c.sentence_id
                JOIN likelihood_scale AS l ON l.term = c.likelihood_term
                WHERE 1 = 1\(conditions)
                ORDER BY \(PolicySQL.dateOrder("s")), s.id, c.start
                """, arguments: parameters.values, interpretation: reading)
    }
}
