import Store

/// One source's verdict on a proposition, with the claims it rests on.
public struct ReportVerdict: Sendable, Equatable {
    public let sourceID: Int
    public let slug: String
    public let title: String
    public let author: String?
    public let published: String?
    public let proposition: String
    public let term: String?
    public let pLow: Double?
    public let pHigh: Double?
    /// for, against or mixed.
    public let polarity: String
    /// rule or curated.
    public let method: String
    /// The automatic verdict's term when a curated one is in force.
    public let ruleTerm: String?
    public let note: String?
    public let evidence: [ReportEvidence]

    /// "unlikely (0.20-0.45)", or "no likelihood".
    public var verdictText: String {
        guard let term else { return "no likelihood" }
        guard let pLow, let pHigh else { return term }
        return "\(term) (\(Band.range(pLow, pHigh)))"
    }
}

/// An evidence sentence with its location.
public struct ReportEvidence: Sendable, Equatable {
    public let claimID: Int
    public let sentence: String
    /// `slug @start+length` of the sentence: `substr(sources.text, start + 1, length)` gives it back.
    public let location: String
    public let speaker: String
    public let weight: Double
    /// The claim's factuality value (CT+ ... CT-), and how it was read ("belief PR- (I doubt) > future CT+ (will)").
    public let factuality: String?
    public let reading: String?

    public init(
        claimID: Int, sentence: String, location: String, speaker: String, weight: Double,
        factuality: String? = nil, reading: String? = nil
    ) {
        self.claimID = claimID
        self.sentence = sentence
        self.location = location
        self.speaker = speaker
        self.weight = weight
        self.factuality = factuality
        self.reading = reading
    }

    /// "weight 3.0, CT- (future CT- (won't))", for a report's verdict card.
    public var explanation: String {
        var text = "weight \(ListingValue.format(weight))"
        if let reading { text += ", " + reading } else if let factuality { text += ", " + factuality }
        return text
    }
}

/// A source that states no verdict on the propositions of the report.
public struct ReportSource: Sendable, Equatable {
    public let id: Int
    public let slug: String
    public let title: String
    public let published: String?
}

/// Everything a report shows, read from the database in one go.
///
/// ```swift
/// let data = try ReportData.load(db, proposition: "ru-cn-military-alliance")
/// let html = HTMLReport.render(data, mapSVG: nil)
/// ```
public struct ReportData: Sendable {
    public let propositions: [(id: String, statement: String)]
    public let verdicts: [ReportVerdict]
    public let sourcesWithoutVerdict: [ReportSource]
    /// Claims for and against the propositions: id, speaker, source, published, term, band, sentence, location.
    public let claimsFor: Listing
    public let claimsAgainst: Listing
    /// The actors most mentioned, with their mention and source counts.
    public let actors: Listing
    /// Relations involving the propositions' actors (asserted first), at most `relationLimit` rows.
    public let relations: Listing
    public let relationTotal: Int
    /// Attack links across sources: claim, claim_text, claim_source, attacker, attacker_text, attacker_source, cue.
    public let contradictions: Listing
    /// Pairs of sources whose verdicts point opposite ways.
    public let opposedVerdicts: [(ReportVerdict, ReportVerdict)]
    /// Curated rows: what, which source, the value, the note.
    public let curated: Listing
    /// The argument map of the report's scope.
    public let graph: ArgumentGraph

    /// The verdicts on each proposition that has some, in the order of `propositions`: a corpus
    /// argues about several, and each gets its own section and timeline.
    public var verdictsByProposition: [(id: String, statement: String, verdicts: [ReportVerdict])] {
        propositions.compactMap { proposition in
            let verdicts = self.verdicts.filter { $0.proposition == proposition.id }
            return verdicts.isEmpty ? nil : (proposition.id, proposition.statement, verdicts)
        }
    }

    public static let relationLimit = 30
    public static let claimLimit = 12
    /// The columns of the main-claims tables, in every format.
    public static let claimColumns = ["claim", "speaker", "source", "likelihood", "band", "sentence", "location"]
    public static let actorLimit = 15

    /// Reads the report of one proposition, or of every proposition when nil.
    /// - Throws: `QueryError.notFound` for an unknown proposition.
    public static func load(_ db: Database, proposition: String? = nil) throws -> ReportData {
        let scope: MapScope = proposition.map(MapScope.proposition) ?? .allPropositions
        let graph = try ArgumentGraph.load(db, scope: scope)  // checks the proposition
        let propositions = try db.rows(
            "SELECT id, statement FROM propositions WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
            [proposition]
        ).map { (id: $0.string("id") ?? "", statement: $0.string("statement") ?? "") }
        let verdicts = try loadVerdicts(db, proposition: proposition)
        let withVerdict = Set(verdicts.map(\.sourceID))
        let sourcesWithoutVerdict = try db.rows(
            """
            SELECT id, slug, coalesce(title, slug) AS title, published FROM sources
            ORDER BY \(PolicySQL.dateOrder("sources")), id
            """
        ).filter { !withVerdict.contains($0.int("id") ?? -1) }.map {
            ReportSource(
                id: $0.int("id") ?? 0, slug: $0.string("slug") ?? "", title: $0.string("title") ?? "",
                published: $0.string("published"))
        }
        let claimSQL = """
            SELECT c.id AS claim, coalesce(c.speaker_name, 'author') AS speaker, coalesce(s.title, s.slug) AS source,
                   s.published, c.likelihood_term AS likelihood,
                   CASE WHEN c.p_low IS NULL THEN NULL ELSE printf('%.2f-%.2f', c.p_low, c.p_high) END AS band,
                   c.context, c.method, st.text AS sentence,
                   \(PolicySQL.location(source: "s", sentence: "st")) AS location
            FROM \(PolicySQL.claims) AS c
            JOIN sources AS s ON s.id = c.source_id
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE c.polarity = ?2 AND c.proposition_id IS NOT NULL AND (?1 IS NULL OR c.proposition_id = ?1)
            ORDER BY c.speaker_name IS NOT NULL, c.role = 'premise', c.confidence DESC, s.published, c.id
            LIMIT \(claimLimit)
            """
        let claimsFor = try db.listing(claimSQL, [proposition, "for"])
        let claimsAgainst = try db.listing(claimSQL, [proposition, "against"])
        let actors = try db.listing(
            """
            SELECT a.name AS actor, a.kind, t.mentions, t.sources
            FROM actor_totals AS t JOIN actors AS a ON a.id = t.actor_id
            ORDER BY t.mentions DESC, a.name LIMIT \(actorLimit)
            """)
        // The propositions' actors ('|'-separated canonical names); no actor listed = every relation.
        let relationWhere = """
            FROM relation_details AS r
            WHERE NOT EXISTS (SELECT 1 FROM propositions WHERE (?1 IS NULL OR id = ?1) AND actors <> '')
               OR EXISTS (SELECT 1 FROM propositions AS p
                          WHERE (?1 IS NULL OR p.id = ?1)
                            AND ('|' || p.actors || '|' LIKE '%|' || r.subject || '|%'
                                 OR '|' || p.actors || '|' LIKE '%|' || r.object || '|%'))
            """
        let relationTotal = try db.scalar("SELECT count(*) " + relationWhere, [proposition])?.int ?? 0
        let relations = try db.listing(
            """
            SELECT r.subject, r.predicate, r.object, r.region, r.context, r.speaker,
                   coalesce(r.source_title, '') AS source, r.sentence, r.method
            """ + "\n" + relationWhere + """

                ORDER BY CASE r.context WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'future' THEN 2
                                        WHEN 'negated' THEN 3 ELSE 4 END,
                         r.method = 'rule', r.confidence DESC, r.relation_id
                LIMIT \(relationLimit)
                """, [proposition])
        let contradictions = try db.listing(
            """
            SELECT k.claim_id AS claim, k.claim AS claim_text, k.claim_source, k.attacker_id AS attacker,
                   k.attacker AS attacker_text, k.attacker_source, k.cue
            FROM contested_claims AS k
            JOIN claims AS target ON target.id = k.claim_id
            JOIN claims AS attacker ON attacker.id = k.attacker_id
            WHERE k.scope = 'across_sources'
              AND (?1 IS NULL OR target.proposition_id = ?1 OR attacker.proposition_id = ?1)
            ORDER BY k.claim_id, k.attacker_id
            """, [proposition])
        var opposed: [(ReportVerdict, ReportVerdict)] = []
        for (index, first) in verdicts.enumerated() {
            for second in verdicts[(index + 1)...]
            where first.proposition == second.proposition
                && Set([first.polarity, second.polarity]) == ["for", "against"]
            {
                opposed.append((first, second))
            }
        }
        let curated = try db.listing(
            """
            SELECT 'claim' AS kind, s.slug AS source,
                   coalesce(c.likelihood_term, '') || ' ' || coalesce(c.polarity, '')
                   || CASE WHEN c.overrides_claim_id IS NULL THEN '' ELSE ' (corrects claim ' || c.overrides_claim_id || ')' END
                   AS value, st.text AS text
            FROM claims AS c JOIN sources AS s ON s.id = c.source_id JOIN sentences AS st ON st.id = c.sentence_id
            WHERE c.method = 'curated'
            UNION ALL
            SELECT 'verdict', s.slug,
                   coalesce(v.likelihood_term, 'no likelihood') || ' ' || v.polarity
                   || coalesce(' (rule: ' || (SELECT likelihood_term FROM verdicts AS r
                                               WHERE r.source_id = v.source_id AND r.proposition_id = v.proposition_id
                                                 AND r.method = 'rule') || ')', ''),
                   coalesce(v.note, '')
            FROM verdicts AS v JOIN sources AS s ON s.id = v.source_id
            WHERE v.method = 'curated' AND (?1 IS NULL OR v.proposition_id = ?1)
            UNION ALL
            SELECT 'relation', r.source_title, r.subject || ' ' || r.predicate || ' ' || r.object, r.sentence
            FROM relation_details AS r WHERE r.method = 'curated'
            UNION ALL
            SELECT 'argument link', s.slug, 'claim ' || l.from_claim_id || ' ' || l.link_type || ' claim ' || l.to_claim_id,
                   coalesce(l.cue, '')
            FROM argument_links AS l JOIN claims AS c ON c.id = l.from_claim_id JOIN sources AS s ON s.id = c.source_id
            WHERE l.method = 'curated'
            """, [proposition])
        return ReportData(
            propositions: propositions, verdicts: verdicts, sourcesWithoutVerdict: sourcesWithoutVerdict,
            claimsFor: claimsFor, claimsAgainst: claimsAgainst, actors: actors, relations: relations,
            relationTotal: relationTotal, contradictions: contradictions, opposedVerdicts: opposed,
            curated: curated, graph: graph)
    }

    private static func loadVerdicts(_ db: Database, proposition: String?) throws -> [ReportVerdict] {
        let rows = try db.rows(
            """
            SELECT v.source_id, v.slug, coalesce(v.title, v.slug) AS title, v.author, v.published, v.proposition_id,
                   v.likelihood_term, v.p_low, v.p_high, v.polarity, v.method, v.rule_likelihood_term, v.note,
                   v.verdict_id,
                   (SELECT id FROM verdicts AS r WHERE r.source_id = v.source_id
                      AND r.proposition_id = v.proposition_id AND r.method = 'rule') AS rule_verdict_id
            FROM source_verdicts AS v
            WHERE ?1 IS NULL OR v.proposition_id = ?1
            ORDER BY \(PolicySQL.dateOrder("v")), v.source_id, v.proposition_id
            """, [proposition])
        let evidenceSQL = """
            SELECT c.id, st.text, \(PolicySQL.location(source: "s", sentence: "st")) AS location,
                   coalesce(c.speaker_name, 'author') AS speaker, e.weight, c.factuality, c.commitment
            FROM verdict_evidence AS e
            JOIN claims AS c ON c.id = e.claim_id
            JOIN sentences AS st ON st.id = c.sentence_id
            JOIN sources AS s ON s.id = c.source_id
            WHERE e.verdict_id = ?
            ORDER BY e.weight DESC, c.id
            """
        return try rows.map { row in
            // A curated verdict without evidence of its own rests on the automatic verdict's evidence.
            var evidence = try db.rows(evidenceSQL, [row.int("verdict_id") ?? 0])
            if evidence.isEmpty, let ruleID = row.int("rule_verdict_id") { evidence = try db.rows(evidenceSQL, [ruleID]) }
            return ReportVerdict(
                sourceID: row.int("source_id") ?? 0, slug: row.string("slug") ?? "", title: row.string("title") ?? "",
                author: row.string("author"), published: row.string("published"),
                proposition: row.string("proposition_id") ?? "", term: row.string("likelihood_term"),
                pLow: row.double("p_low"), pHigh: row.double("p_high"), polarity: row.string("polarity") ?? "mixed",
                method: row.string("method") ?? "rule", ruleTerm: row.string("rule_likelihood_term"),
                note: row.string("note"),
                evidence: evidence.map {
                    ReportEvidence(
                        claimID: $0.int("id") ?? 0, sentence: $0.string("text") ?? "",
                        location: $0.string("location") ?? "", speaker: $0.string("speaker") ?? "author",
                        weight: $0.double("weight") ?? 0, factuality: $0.string("factuality"),
                        reading: $0.string("commitment"))
                })
        }
    }
}
