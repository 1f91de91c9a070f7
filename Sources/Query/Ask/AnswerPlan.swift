/// The SQL that answers a question, with its bound arguments and the reading it came from.
public struct AnswerPlan: Sendable {
    public let sql: String
    public let arguments: [ListingValue]
    /// How the question was read, in words ("sources whose verdict on ... is unlikely or lower").
    public let interpretation: String
}

/// Builds the SQL for a parsed question. Every value from the question is a bound parameter.
enum AnswerPlanner {
    /// The columns every verdict answer shows: the source, the verdict, and the evidence with its place.
    static let verdictColumns = """
        v.title AS source, v.author, v.published, v.likelihood_term AS verdict,
               CASE WHEN v.p_low IS NOT NULL THEN printf('%.2f-%.2f', v.p_low, v.p_high) END AS band, v.polarity, v.method, v.evidence,
               v.slug || ' @' || st.start || '+' || st.length AS location
        """

    static func plan(_ question: Question) -> AnswerPlan {
        switch question.target {
        case .sources: return sources(question)
        case .count: return count(question)
        case .speakers: return claims(question, speakersOnly: true)
        case .claims: return claims(question, speakersOnly: false)
        case .reasons: return reasons(question)
        }
    }

    private static func likelihoodWords(_ question: Question) -> String {
        guard let range = question.likelihood else { return "" }
        return " rated \(range.words) (ICD 203 ranks \(range.lowestRank)-\(range.highestRank))"
    }

    private static func sources(_ question: Question) -> AnswerPlan {
        var order = "v.published IS NULL, v.published, v.source_id"
        var limit = ""
        var reading = "sources whose verdict on \(question.proposition ?? "any proposition")"
        switch question.ordering {
        case .mostSkeptical?:
            order = "(v.p_low + v.p_high) / 2 ASC, v.published"
            limit = "LIMIT 1"
            reading = "the source with the lowest verdict on \(question.proposition ?? "any proposition")"
        case .mostConfident?:
            order = "(v.p_low + v.p_high) / 2 DESC, v.published"
            limit = "LIMIT 1"
            reading = "the source with the highest verdict on \(question.proposition ?? "any proposition")"
        case nil: break
        }
        if let polarity = question.polarity { reading += " is \(polarity)" }
        reading += likelihoodWords(question)
        let sql = """
            SELECT \(verdictColumns)
            FROM source_verdicts AS v
            LEFT JOIN sentences AS st ON st.id = v.evidence_sentence_id
            LEFT JOIN likelihood_scale AS l ON l.term = v.likelihood_term
            WHERE (?1 IS NULL OR v.proposition_id = ?1)
              AND (?2 IS NULL OR l.rank BETWEEN ?2 AND ?3)
              AND (?4 IS NULL OR v.polarity = ?4)
              AND (?5 = 0 OR v.p_low IS NOT NULL)
            ORDER BY \(order) \(limit)
            """
        return AnswerPlan(sql: sql, arguments: [text(question.proposition), int(question.likelihood?.lowestRank),
                                                int(question.likelihood?.highestRank), text(question.polarity),
                                                .int(question.ordering == nil ? 0 : 1)],
                          interpretation: reading)
    }

    private static func count(_ question: Question) -> AnswerPlan {
        let inner = sources(Question(target: .sources, proposition: question.proposition, likelihood: question.likelihood,
                                     polarity: question.polarity))
        return AnswerPlan(sql: "SELECT count(*) AS sources FROM (\n\(inner.sql)\n)", arguments: inner.arguments,
                          interpretation: "the number of " + inner.interpretation)
    }

    /// Claims on a proposition (any speaker) or naming actors; for "who" questions, speakers first.
    private static func claims(_ question: Question, speakersOnly: Bool) -> AnswerPlan {
        var reading = speakersOnly ? "who (author or quoted speaker) makes claims" : "claims"
        if let proposition = question.proposition { reading += " on \(proposition)" }
        if !question.actors.isEmpty { reading += " naming \(question.actors.joined(separator: " and "))" }
        if let polarity = question.polarity { reading += " that are \(polarity)" }
        reading += likelihoodWords(question)
        if question.authorOnly { reading += ", authors only" }
        // One EXISTS per named actor (all must be in the sentence), each name a bound parameter.
        let actorClauses = question.actors.indices.map { index in
            "\n              AND EXISTS (SELECT 1 FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id"
                + " WHERE m.sentence_id = c.sentence_id AND a.name = ?\(index + 7))"
        }.joined()
        let sql = """
            SELECT coalesce(c.speaker_name, coalesce(s.author, 'the author') || ' (author)') AS speaker,
                   s.title AS source, s.published, c.likelihood_term AS term,
                   CASE WHEN c.p_low IS NOT NULL THEN printf('%.2f-%.2f', c.p_low, c.p_high) END AS band, c.polarity, c.cue, st.text AS evidence,
                   s.slug || ' @' || st.start || '+' || st.length AS location
            FROM claims AS c
            JOIN sources AS s ON s.id = c.source_id
            JOIN sentences AS st ON st.id = c.sentence_id
            LEFT JOIN likelihood_scale AS l ON l.term = c.likelihood_term
            WHERE (?1 IS NULL OR c.proposition_id = ?1)
              AND (?2 IS NULL OR l.rank BETWEEN ?2 AND ?3)
              AND (?4 IS NULL OR c.polarity = ?4)
              AND (?5 = 0 OR c.speaker_name IS NULL)
              AND (?6 = 0 OR c.likelihood_term IS NOT NULL OR c.polarity IN ('for', 'against'))\(actorClauses)
              AND (c.method = 'curated' OR NOT EXISTS (SELECT 1 FROM claims AS cur WHERE cur.overrides_claim_id = c.id))
            ORDER BY s.published IS NULL, s.published, s.id, st.ordinal
            """
        return AnswerPlan(sql: sql, arguments: [text(question.proposition), int(question.likelihood?.lowestRank),
                                                int(question.likelihood?.highestRank), text(question.polarity),
                                                .int(question.authorOnly ? 1 : 0), .int(speakersOnly ? 1 : 0)]
                              + question.actors.map(ListingValue.text),
                          interpretation: reading)
    }

    /// Reasons: premises of type reason (or supporting/attacking links) on a proposition and side.
    private static func reasons(_ question: Question) -> AnswerPlan {
        var reading = "reasons given"
        if let polarity = question.polarity { reading += " \(polarity)" }
        reading += " \(question.proposition ?? "any proposition")"
        let sql = """
            SELECT c.polarity AS side, coalesce(c.speaker_name, 'author') AS speaker, s.title AS source, s.published,
                   c.claim_type AS type, st.text AS reason,
                   s.slug || ' @' || st.start || '+' || st.length AS location
            FROM claims AS c
            JOIN sources AS s ON s.id = c.source_id
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE c.claim_type = 'reason'
              AND (?1 IS NULL OR c.proposition_id = ?1 OR EXISTS (
                     SELECT 1 FROM argument_links AS l JOIN claims AS t ON t.id = l.to_claim_id
                     WHERE l.from_claim_id = c.id AND l.link_type = 'supports' AND t.proposition_id = ?1))
              AND (?2 IS NULL OR c.polarity = ?2 OR (c.polarity IS NULL AND EXISTS (
                     SELECT 1 FROM argument_links AS l JOIN claims AS t ON t.id = l.to_claim_id
                     WHERE l.from_claim_id = c.id AND l.link_type = 'supports' AND t.polarity = ?2)))
            ORDER BY s.published IS NULL, s.published, s.id, st.ordinal
            """
        return AnswerPlan(sql: sql, arguments: [text(question.proposition), text(question.polarity)], interpretation: reading)
    }

    private static func text(_ value: String?) -> ListingValue { value.map(ListingValue.text) ?? .null }
    private static func int(_ value: Int?) -> ListingValue { value.map(ListingValue.int) ?? .null }
}
