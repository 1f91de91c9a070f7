/// Plans that list claims: by speaker, on a proposition, naming actors, reasons, acceptability.
extension AnswerPlanner {
    /// Claims on a proposition (any speaker), naming actors, or by a speaker; "who" lists speakers first.
    ///
    /// `.byDate` walks the sources in publication order (sources_by_date) and their claims, so a
    /// common filter stops after the first `LIMIT` rows; `.byFilter` starts from the filter's index
    /// (the actor's mentions, the proposition's terms) and sorts what it finds, for rare filters.
    /// Both give the same rows in the same order.
    static func claims(_ question: Question, speakersOnly: Bool, drive: Drive) -> AnswerPlan {
        var parameters = ParameterList()
        var conditions = ""
        var reading = speakersOnly ? "who (author or quoted speaker) makes claims" : "claims"
        if let proposition = question.proposition {
            conditions += "\n  AND c.proposition_id = \(parameters.bind(proposition))"
            reading += " on \(proposition)"
        }
        if let range = question.likelihood {
            // The terms of the ranks, so that claims_by_proposition_term finds them.
            conditions +=
                "\n  AND c.likelihood_term IN "
                + PolicySQL.terms(ranksFrom: parameters.bind(range.lowestRank), to: parameters.bind(range.highestRank))
        }
        if let polarity = question.polarity {
            conditions += "\n  AND c.polarity = \(parameters.bind(polarity))"
            reading += " that are \(polarity)"
        }
        for actor in question.actors {
            let name = parameters.bind(actor)
            switch drive {
            case .byFilter:
                // One IN per named actor (all of them are in the claim's sentence): the actor's
                // mentions drive the query through mentions_by_actor; the claim's own clause must
                // name the actor (a sentence split at "whereas" has two claims).
                conditions +=
                    "\n  AND c.sentence_id IN (SELECT m.sentence_id FROM mentions AS m"
                    + " WHERE m.actor_id = (SELECT id FROM actors WHERE name = \(name)))"
                    + "\n  AND EXISTS (SELECT 1 FROM mentions AS m WHERE m.sentence_id = c.sentence_id"
                    + " AND m.actor_id = (SELECT id FROM actors WHERE name = \(name))"
                    + " AND m.start >= c.start AND m.start < c.start + c.length)"
            case .byDate:
                // One probe of the mentions' key (sentence, actor) per claim visited (an IN would list them all).
                conditions +=
                    "\n  AND EXISTS (SELECT 1 FROM mentions AS m WHERE m.sentence_id = c.sentence_id"
                    + " AND m.actor_id = (SELECT id FROM actors WHERE name = \(name))"
                    + " AND m.start >= c.start AND m.start < c.start + c.length)"
            }
        }
        if !question.actors.isEmpty { reading += " naming \(question.actors.joined(separator: " and "))" }
        if let speaker = question.speaker {
            let name = parameters.bind(speaker)
            conditions +=
                "\n  AND (c.speaker_actor_id = (SELECT id FROM actors WHERE name = \(name))"
                + " OR c.speaker_name = \(name) COLLATE NOCASE)"
            reading += " by \(speaker)"
        }
        if question.authorOnly {
            conditions += "\n  AND c.speaker_name IS NULL"
            reading += ", authors only"
        }
        if question.quotedOnly {
            conditions += "\n  AND c.speaker_name IS NOT NULL AND c.speaker_name <> 'unnamed'"
            reading += ", reported speakers only"
        } else if speakersOnly {
            conditions += "\n  AND (c.likelihood_term IS NOT NULL OR c.polarity IN ('for', 'against'))"
        }
        conditions += scope(question, published: "s.published", source: "s.id", &parameters)
        reading += describeLikelihood(question) + describeDates(question)
        let sql = """
            SELECT coalesce(c.speaker_name, coalesce(s.author, 'the author') || ' (author)') AS speaker,
                   s.title AS source, s.published, c.likelihood_term AS term, \(band("c")) AS band, c.polarity, c.cue,
                   st.text AS evidence, \(PolicySQL.location(source: "s", sentence: "st")) AS location
            \(drive == .byDate ? "FROM sources AS s\nCROSS JOIN claims AS c INDEXED BY claims_by_source ON c.source_id = s.id"
                                : "FROM claims AS c\nJOIN sources AS s ON s.id = c.source_id")
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE \(PolicySQL.claimInForce("c"))\(conditions)
            ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, c.id
            """
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: reading)
    }

    /// Counts that tell whether a claim listing's filters are rare (see `Drive`): the claims on the
    /// proposition with the asked terms or side, the mentions of each named actor, and the claims
    /// of the asked speaker.
    static func claimProbes(_ question: Question) -> [Probe] {
        var probes: [Probe] = []
        if let proposition = question.proposition {
            var parameters = ParameterList()
            var sql = "SELECT 1 FROM claims AS c WHERE c.proposition_id = \(parameters.bind(proposition))"
            if let range = question.likelihood {
                sql +=
                    " AND c.likelihood_term IN "
                    + PolicySQL.terms(ranksFrom: parameters.bind(range.lowestRank), to: parameters.bind(range.highestRank))
            } else if let polarity = question.polarity {
                sql += " AND c.polarity = \(parameters.bind(polarity))"
            }
            probes.append(Probe(sql: sql, arguments: parameters.values, table: "claims"))
        }
        for actor in question.actors {
            var parameters = ParameterList()
            probes.append(
                Probe(
                    sql:
                        "SELECT 1 FROM mentions AS m WHERE m.actor_id = (SELECT id FROM actors WHERE name = \(parameters.bind(actor)))",
                    arguments: parameters.values, table: "claims"))
        }
        if let speaker = question.speaker {
            // The claims of one speaker, from claims_by_speaker and claims_by_speaker_name (SQLite
            // reads the OR from both): "what does Xi say" walked 135,000 claims by date at 100k
            // articles to find 101 of Xi's 2,240 (110 ms).
            var parameters = ParameterList()
            let name = parameters.bind(speaker)
            probes.append(
                Probe(
                    sql: """
                        SELECT 1 FROM claims AS c
                        WHERE c.speaker_actor_id = (SELECT id FROM actors WHERE name = \(name)) OR c.speaker_name = \(name) COLLATE NOCASE
                        """,
                    arguments: parameters.values, table: "claims"))
        }
        return probes
    }

    /// Reasons: claims typed `reason` on a proposition and side, and premises that support a claim
    /// taking that side (the argument links of the source's discourse: "The reasons:", "So,").
    ///
    /// One row per claim. A premise supporting several claims shows the first one that qualifies
    /// (the lowest claim id), as the earlier `GROUP BY c.id` over the links did (SQLite takes a bare
    /// column from a group's first row); the subquery finds it with one lookup per claim, so the
    /// sources can be walked in date order up to the LIMIT.
    static func reasons(_ question: Question, drive: Drive) -> AnswerPlan {
        var parameters = ParameterList()
        let proposition = parameters.bind(question.proposition)
        let polarity = parameters.bind(question.polarity)
        var reading = "reasons given"
        if let side = question.polarity { reading += " \(side)" }
        reading += " \(question.proposition ?? "any proposition")"
        let polar = "IN ('for', 'against')"
        let ownReason =
            "c.claim_type = 'reason' AND c.polarity \(polar) AND (\(proposition) IS NULL OR c.proposition_id = \(proposition))"
        let sql = """
            SELECT CASE WHEN c.polarity \(polar) THEN c.polarity WHEN t.polarity \(polar) THEN t.polarity END AS side,
                   coalesce(c.speaker_name, 'author') AS speaker,
                   s.title AS source, s.published, st.text AS reason, tst.text AS supports,
                   \(PolicySQL.location(source: "s", sentence: "st")) AS location
            \(drive == .byDate ? "FROM sources AS s\nCROSS JOIN claims AS c INDEXED BY claims_by_source ON c.source_id = s.id"
                                : "FROM claims AS c\nJOIN sources AS s ON s.id = c.source_id")
            JOIN sentences AS st ON st.id = c.sentence_id
            LEFT JOIN claims AS t ON t.id = (
                SELECT link.to_claim_id FROM argument_links AS link JOIN claims AS x ON x.id = link.to_claim_id
                 WHERE link.from_claim_id = c.id AND link.link_type = 'supports'
                   AND ((\(ownReason)) OR (x.polarity \(polar) AND (\(proposition) IS NULL OR x.proposition_id = \(proposition))))
                   AND (\(polarity) IS NULL OR CASE WHEN c.polarity \(polar) THEN c.polarity WHEN x.polarity \(polar) THEN x.polarity END = \(polarity))
                 ORDER BY link.to_claim_id LIMIT 1)
            LEFT JOIN sentences AS tst ON tst.id = t.sentence_id AND t.polarity \(polar)
            WHERE \(PolicySQL.claimInForce("c"))
              AND (t.id IS NOT NULL
                   OR (\(ownReason) AND (\(polarity) IS NULL OR c.polarity = \(polarity))
                       AND NOT EXISTS (SELECT 1 FROM argument_links AS link WHERE link.from_claim_id = c.id AND link.link_type = 'supports')))\(scope(question, published: "s.published", source: "s.id", &parameters))
            ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, c.id
            """
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: reading + describeDates(question))
    }

    /// Reasons have no index that finds them (they are links between claims): the date order drives.
    static func reasonProbes(_ question: Question) -> [Probe] { [] }

    /// Claims by their grounded label; "contested" lists claims that something attacks.
    ///
    /// Every label holds a good share of the claims (at 10k articles: 86% in, 14% out, 17%
    /// attacked), so the plan always walks the sources by date and their claims, and stops at the
    /// LIMIT; starting from the claims meant sorting every match and working out each one's
    /// attackers (3.6 s at 100k for "contested").
    static func acceptability(_ question: Question) -> AnswerPlan {
        var parameters = ParameterList()
        let label = question.acceptability ?? "in"
        var conditions: String
        let words: String
        switch label {
        case "contested":
            conditions = "EXISTS (SELECT 1 FROM argument_links WHERE to_claim_id = c.id AND link_type = 'attacks')"
            words = "claims that another claim attacks"
        case "in":
            // Unchallenged: accepted and attacked by nothing at all.
            conditions =
                "ca.label = 'in' AND NOT EXISTS (SELECT 1 FROM argument_links WHERE to_claim_id = c.id AND link_type = 'attacks')"
                + " AND (c.likelihood_term IS NOT NULL OR c.proposition_id IS NOT NULL)"
            words = "unchallenged claims (accepted, attacked by nothing) that judge or concern a proposition"
        default:
            conditions = "ca.label = \(parameters.bind(label))"
            words = label == "out" ? "defeated claims (attacked by an accepted claim)" : "undecided claims"
        }
        if let proposition = question.proposition {
            conditions += " AND c.proposition_id = \(parameters.bind(proposition))"
        }
        let sql = """
            SELECT c.id AS claim, ca.label, coalesce(c.speaker_name, 'author') AS speaker, s.title AS source,
                   c.likelihood_term AS term, c.polarity, st.text AS claim_text,
                   (SELECT group_concat(other.text, ' | ') FROM argument_links AS link
                      JOIN claims AS o ON o.id = link.from_claim_id JOIN sentences AS other ON other.id = o.sentence_id
                     WHERE link.to_claim_id = c.id AND link.link_type = 'attacks') AS attacked_by,
                   \(PolicySQL.location(source: "s", sentence: "st")) AS location
            FROM sources AS s
            CROSS JOIN claims AS c INDEXED BY claims_by_source ON c.source_id = s.id
            JOIN claim_acceptability AS ca ON ca.claim_id = c.id
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE \(PolicySQL.claimInForce("c")) AND \(conditions)\(scope(question, published: "s.published", source: "s.id", &parameters))
            ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, c.id
            """
        return AnswerPlan(sql: sql, arguments: parameters.values, interpretation: words + describeDates(question))
    }
}
