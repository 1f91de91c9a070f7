/// Builds the SQL for a parsed question. Every value from the question is a bound parameter; only
/// the shape of the SQL depends on which filters are present.
enum AnswerPlanner {
    static func plan(_ question: Question) -> AnswerPlan {
        switch question.target {
        case .sources: return sources(question)
        case .count: return count(question)
        case .timeline: return timeline(question)
        case .summary: return summary(question)
        case .contradictions: return contradictions(question)
        case .speakers: return claims(question, speakersOnly: true)
        case .claims: return claims(question, speakersOnly: false)
        case .reasons: return reasons(question)
        case .acceptability: return acceptability(question)
        case .relations: return relations(question)
        case .actors: return actors(question)
        case .mentioningSources: return mentioningSources(question)
        }
    }

    // MARK: Shared pieces

    /// The evidence sentence's place: `slug @start+length`.
    static func location(source: String, sentence: String) -> String {
        "\(source).slug || ' @' || \(sentence).start || '+' || \(sentence).length"
    }

    static func band(_ table: String) -> String {
        "CASE WHEN \(table).p_low IS NOT NULL THEN printf('%.2f-%.2f', \(table).p_low, \(table).p_high) END"
    }

    /// The question's scope: the named source (on the `source` id column) and the publication
    /// dates (on the `published` column).
    static func scope(_ question: Question, published: String, source: String, _ parameters: inout ParameterList) -> String {
        var conditions = ""
        if let sourceID = question.sourceID, question.target != .contradictions {
            conditions += "\n  AND \(source) = \(parameters.bind(sourceID))"
        }
        if let from = question.publishedFrom { conditions += "\n  AND \(published) >= \(parameters.bind(from))" }
        if let before = question.publishedBefore { conditions += "\n  AND \(published) < \(parameters.bind(before))" }
        return conditions
    }

    static func describeDates(_ question: Question) -> String {
        let source = question.sourceID.map { question.target == .contradictions ? "" : ", in source \($0)" } ?? ""
        return source + describePeriod(question)
    }

    private static func describePeriod(_ question: Question) -> String {
        switch (question.publishedFrom, question.publishedBefore) {
        case let (from?, before?): return ", published from \(from) to before \(before)"
        case let (from?, nil): return ", published from \(from)"
        case let (nil, before?): return ", published before \(before)"
        default: return ""
        }
    }

    static func describeLikelihood(_ question: Question) -> String {
        guard let range = question.likelihood else { return "" }
        return " rated \(range.words) (ICD 203 ranks \(range.lowestRank)-\(range.highestRank))"
    }

    // MARK: Verdicts

    /// Verdict rows with their evidence; `extra` adds conditions.
    static func verdictQuery(_ question: Question, _ parameters: inout ParameterList, order: String, limit: String = "") -> String {
        var conditions = ""
        if let proposition = question.proposition { conditions += "\n  AND v.proposition_id = \(parameters.bind(proposition))" }
        if let range = question.likelihood {
            conditions += "\n  AND l.rank BETWEEN \(parameters.bind(range.lowestRank)) AND \(parameters.bind(range.highestRank))"
        }
        if let polarity = question.polarity { conditions += "\n  AND v.polarity = \(parameters.bind(polarity))" }
        if question.ordering != nil { conditions += "\n  AND v.p_low IS NOT NULL" }
        conditions += scope(question, published: "v.published", source: "v.source_id", &parameters)
        return """
            SELECT v.title AS source, v.author, v.published, v.likelihood_term AS verdict, \(band("v")) AS band,
                   v.polarity, v.method, v.evidence, \(location(source: "v", sentence: "st")) AS location
            FROM source_verdicts AS v
            LEFT JOIN sentences AS st ON st.id = v.evidence_sentence_id
            LEFT JOIN likelihood_scale AS l ON l.term = v.likelihood_term
            WHERE 1 = 1\(conditions)
            ORDER BY \(order)\(limit)
            """
    }

    static func sources(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let topic = question.proposition ?? "any proposition"
        var order = "v.published IS NULL, v.published, v.source_id"
        var limit = ""
        var reading = "sources whose verdict on \(topic)"
        switch question.ordering {
        case .mostSkeptical?:
            order = "(v.p_low + v.p_high) / 2 ASC, v.published"
            limit = "\nLIMIT 1"
            reading = "the source with the lowest verdict on \(topic)"
        case .mostConfident?:
            order = "(v.p_low + v.p_high) / 2 DESC, v.published"
            limit = "\nLIMIT 1"
            reading = "the source with the highest verdict on \(topic)"
        case nil: break
        }
        if let polarity = question.polarity { reading += " is \(polarity)" }
        reading += describeLikelihood(question) + describeDates(question)
        let sql = verdictQuery(question, &parameters, order: order, limit: limit)
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: reading)
    }

    static func count(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        var inner = question
        inner.ordering = nil
        let sql = "SELECT count(*) AS sources FROM (\n" + verdictQuery(inner, &parameters, order: "v.source_id") + "\n)"
        var reading = "the number of sources whose verdict on \(question.proposition ?? "any proposition")"
        if let polarity = question.polarity { reading += " is \(polarity)" }
        reading += describeLikelihood(question) + describeDates(question)
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: reading)
    }

    static func timeline(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let sql = verdictQuery(question, &parameters, order: "v.published IS NULL, v.published, v.source_id")
        let reading = "verdicts on \(question.proposition ?? "any proposition") in date order"
            + describeLikelihood(question) + describeDates(question)
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: reading)
    }

    /// "Is an alliance likely?": the verdicts on record, counted by whether they agree.
    static func summary(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let low = parameters.bind(question.likelihood?.lowestRank ?? 4)
        let high = parameters.bind(question.likelihood?.highestRank ?? 7)
        let proposition = parameters.bind(question.proposition)
        let sql = """
            SELECT CASE WHEN l.rank BETWEEN \(low) AND \(high) THEN 'yes' ELSE 'no' END AS agrees,
                   v.title AS source, v.published, v.likelihood_term AS verdict, \(band("v")) AS band, v.polarity,
                   v.evidence, \(location(source: "v", sentence: "st")) AS location
            FROM source_verdicts AS v
            LEFT JOIN sentences AS st ON st.id = v.evidence_sentence_id
            LEFT JOIN likelihood_scale AS l ON l.term = v.likelihood_term
            WHERE (\(proposition) IS NULL OR v.proposition_id = \(proposition))\(scope(question, published: "v.published", source: "v.source_id", &parameters))
            ORDER BY agrees DESC, v.published IS NULL, v.published
            """
        let words = question.likelihood?.words ?? "possible"
        return AnswerPlan(sql: sql, arguments: parameters.values,
                          interpretation: "each source's verdict on \(question.proposition ?? "any proposition"), and whether it calls it \(words)")
    }

    /// Sources whose verdict on a proposition has the opposite side of the named source's.
    static func contradictions(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let source = parameters.bind(question.sourceID)
        let proposition = parameters.bind(question.proposition)
        let sql = """
            SELECT v.title AS source, v.published, v.likelihood_term AS verdict, v.polarity, v.evidence,
                   mine.likelihood_term AS their_verdict, mine.polarity AS their_polarity,
                   \(location(source: "v", sentence: "st")) AS location
            FROM source_verdicts AS mine
            JOIN source_verdicts AS v ON v.proposition_id = mine.proposition_id AND v.source_id <> mine.source_id
            LEFT JOIN sentences AS st ON st.id = v.evidence_sentence_id
            WHERE mine.source_id = \(source) AND (\(proposition) IS NULL OR mine.proposition_id = \(proposition))
              AND ((mine.polarity = 'for' AND v.polarity = 'against') OR (mine.polarity = 'against' AND v.polarity = 'for')
                   OR EXISTS (SELECT 1 FROM argument_links AS link
                              JOIN claims AS a ON a.id = link.from_claim_id JOIN claims AS b ON b.id = link.to_claim_id
                              WHERE link.link_type = 'attacks' AND link.scope = 'across_sources'
                                AND ((a.source_id = mine.source_id AND b.source_id = v.source_id)
                                  OR (a.source_id = v.source_id AND b.source_id = mine.source_id))))
            ORDER BY v.published IS NULL, v.published
            """
        return AnswerPlan(sql: sql, arguments: parameters.values,
                          interpretation: "sources whose verdict opposes source \(question.sourceID ?? 0)'s on \(question.proposition ?? "any proposition")")
    }
}
