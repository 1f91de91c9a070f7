import Domain
import Store

/// Filters of `argkb claims`; nil means "any".
public struct ClaimFilter: Sendable {
    public var source: String?
    public var proposition: String?
    /// A speaker's name or alias (an actor resolves through its aliases).
    public var speaker: String?
    public var authorOnly = false
    public var term: LikelihoodTerm?
    public var minP: Double?
    public var maxP: Double?
    public var type: ClaimType?
    public var polarity: ClaimPolarity?
    /// True: the claims in force (`claims_in_force`: curated claims, and rule claims no curated
    /// claim corrects), as `ask` and `report` count them. False: every claim the rules extracted,
    /// corrected or not.
    public var includeCurated = true

    public init() {}
}

/// Listings about claims and verdicts.
public struct ClaimQueries {
    let db: Database

    public init(db: Database) { self.db = db }

    /// The SQL of `argkb claims`: every filter is a bound parameter that is NULL when unused.
    public static let claimsSQL = """
        SELECT c.id, s.slug AS source, coalesce(c.speaker_name, 'author') AS speaker, c.claim_type AS type, c.role,
               c.proposition_id AS proposition, c.polarity, c.likelihood_term AS term, c.p_low, c.p_high, c.cue,
               c.context, c.method, st.text AS sentence, \(PolicySQL.location(source: "s", sentence: "st")) AS location
        FROM claims AS c
        JOIN sources AS s ON s.id = c.source_id
        JOIN sentences AS st ON st.id = c.sentence_id
        WHERE (?1 IS NULL OR s.slug = ?1 OR s.id = CAST(?1 AS INTEGER))
          AND (?2 IS NULL OR c.proposition_id = ?2)
          AND (?3 IS NULL OR c.speaker_name = ?3 COLLATE NOCASE
               OR c.speaker_actor_id IN (SELECT actor_id FROM actor_aliases WHERE alias = ?3 COLLATE NOCASE
                                         UNION SELECT id FROM actors WHERE name = ?3 COLLATE NOCASE))
          AND (?4 = 0 OR c.speaker_name IS NULL)
          AND (?5 IS NULL OR c.likelihood_term = ?5)
          AND (?6 IS NULL OR c.p_low >= ?6)
          AND (?7 IS NULL OR c.p_high <= ?7)
          AND (?8 IS NULL OR c.claim_type = ?8)
          AND (?9 IS NULL OR c.polarity = ?9)
          AND (?10 = 0 OR \(PolicySQL.claimInForce("c")))
          AND (?10 = 1 OR c.method = 'rule')
        ORDER BY \(PolicySQL.dateOrder("s")), s.id, st.ordinal, c.id
        """

    /// Claims matching the filter, in source and sentence order.
    public func claims(_ filter: ClaimFilter) throws -> Listing {
        if let proposition = filter.proposition { try Self.requireProposition(proposition, in: db) }
        return try db.listing(
            Self.claimsSQL,
            [
                filter.source, filter.proposition, filter.speaker, filter.authorOnly,
                filter.term?.rawValue, filter.minP, filter.maxP, filter.type?.rawValue,
                filter.polarity?.rawValue,
                filter.includeCurated,
            ])
    }

    /// The SQL of `argkb verdicts`.
    public static let verdictsSQL = """
        SELECT source_id, slug AS source, title, author, published, proposition_id AS proposition,
               likelihood_term AS verdict, p_low, p_high, polarity, method, rule_likelihood_term AS rule_verdict,
               evidence
        FROM source_verdicts
        WHERE (?1 IS NULL OR proposition_id = ?1)
        ORDER BY \(PolicySQL.dateOrder("source_verdicts")), source_id
        """

    /// Each source's verdict per proposition (curated where an analyst corrected it).
    public func verdicts(proposition: String? = nil) throws -> Listing {
        if let proposition { try Self.requireProposition(proposition, in: db) }
        return try db.listing(Self.verdictsSQL, [proposition])
    }

    /// One claim with its sentence, paragraph and source.
    /// - Throws: `QueryError.notFound` for an unknown id.
    public func claim(_ id: Int) throws -> ClaimDetail {
        let rows = try db.rows(
            """
            SELECT c.*, s.slug, s.title, s.author, s.published, s.text AS source_text, st.start AS sentence_start,
                   st.length AS sentence_length, p.start AS paragraph_start, p.length AS paragraph_length,
                   a.label AS acceptability
            FROM claims AS c
            JOIN sources AS s ON s.id = c.source_id
            JOIN sentences AS st ON st.id = c.sentence_id
            JOIN paragraphs AS p ON p.id = st.paragraph_id
            LEFT JOIN claim_acceptability AS a ON a.claim_id = c.id
            WHERE c.id = ?
            """, [id])
        guard let row = rows.first else { throw QueryError.notFound("no claim \(id) (see `argkb claims`)") }
        let text = Array((row.string("source_text") ?? "").unicodeScalars)
        func slice(_ start: Int, _ length: Int) -> String {
            let lower = max(0, min(start, text.count)), upper = max(lower, min(start + length, text.count))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[lower..<upper])
            return String(view)
        }
        let paragraphStart = row.int("paragraph_start") ?? 0
        let paragraphLength = row.int("paragraph_length") ?? 0
        var highlighted = slice(paragraphStart, paragraphLength)
        if let cueStart = row.int("cue_start"), let cueLength = row.int("cue_length"),
            cueStart >= paragraphStart, cueStart + cueLength <= paragraphStart + paragraphLength
        {
            highlighted =
                slice(paragraphStart, cueStart - paragraphStart) + "[" + slice(cueStart, cueLength) + "]"
                + slice(cueStart + cueLength, paragraphStart + paragraphLength - cueStart - cueLength)
        }
        let links = try db.listing(
            """
            SELECT l.link_type AS link, CASE WHEN l.from_claim_id = ?1 THEN 'to' ELSE 'from' END AS direction,
                   CASE WHEN l.from_claim_id = ?1 THEN l.to_claim_id ELSE l.from_claim_id END AS claim, l.scope, l.cue,
                   st.text AS sentence
            FROM argument_links AS l
            JOIN claims AS other ON other.id = CASE WHEN l.from_claim_id = ?1 THEN l.to_claim_id ELSE l.from_claim_id END
            JOIN sentences AS st ON st.id = other.sentence_id
            WHERE l.from_claim_id = ?1 OR l.to_claim_id = ?1
            ORDER BY l.link_type, claim
            """, [id])
        let fields = [
            "id", "slug", "title", "author", "published", "claim_type", "role", "role_cue", "speaker_name",
            "outer_speaker_name", "attribution_cue", "proposition_id", "polarity", "likelihood_term", "p_low",
            "p_high", "cue", "cue_start", "cue_length", "context", "method", "overrides_claim_id", "confidence",
            "acceptability", "sentence_id", "start", "length",
        ]
        let info = Listing(columns: ["field", "value"], rows: fields.map { [.text($0), ListingValue(row[$0])] })
        return ClaimDetail(
            info: info, sentence: slice(row.int("start") ?? 0, row.int("length") ?? 0),
            paragraphWithCue: highlighted, links: links)
    }
}

/// The parts of `argkb show claim`.
public struct ClaimDetail: Sendable {
    public let info: Listing
    /// substr(text, start + 1, length) of the claim.
    public let sentence: String
    /// The claim's paragraph with the estimative cue in [brackets].
    public let paragraphWithCue: String
    public let links: Listing
}

extension ClaimQueries {
    /// Throws unless the proposition is on record, naming those that are: a filter on a misspelt
    /// proposition would otherwise answer with an empty listing and exit code 0.
    /// - Throws: `QueryError.notFound`.
    public static func requireProposition(_ id: String, in db: Database) throws {
        guard try db.scalar("SELECT 1 FROM propositions WHERE id = ?", [id]) == nil else { return }
        let known = try db.rows("SELECT id FROM propositions ORDER BY id").compactMap { $0.string("id") }
        throw QueryError.notFound("no proposition '\(id)' (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
    }
}
