import Store

/// What part of the argument graph to draw.
public enum MapScope: Sendable, Equatable {
    /// Every claim and every argument link.
    case corpus
    /// The claims of one source (id or slug), with the claims their links reach in other sources.
    case source(String)
    /// The claims on one proposition, with the claims linked to them (reasons, attackers).
    case proposition(String)
    /// The claims on any proposition, with the claims linked to them.
    case allPropositions

    /// A short description for titles.
    public var title: String {
        switch self {
        case .corpus: return "whole corpus"
        case .source(let key): return "source \(key)"
        case .proposition(let id): return "proposition \(id)"
        case .allPropositions: return "claims on the propositions"
        }
    }
}

/// A claim as a node of the argument graph (an AIF I-node).
public struct GraphClaim: Sendable, Equatable {
    public let id: Int
    public let sourceID: Int
    public let sourceSlug: String
    public let sourceTitle: String?
    public let published: String?
    /// NULL in the database = the author; nil here too.
    public let speakerName: String?
    public let speakerActor: String?
    public let claimType: String
    public let role: String
    public let propositionID: String?
    public let polarity: String?
    public let likelihoodTerm: String?
    public let pLow: Double?
    public let pHigh: Double?
    public let cue: String?
    public let context: String
    public let method: String
    public let confidence: Double
    public let acceptability: String?
    /// Offsets of the claim's clause in `sources.text` (code points, 0-based).
    public let start: Int
    public let length: Int
    /// substr(sources.text, start + 1, length): the claim's own words.
    public let text: String
    public let sentenceID: Int
    public let sentence: String

    /// "author" or the quoted speaker.
    public var speaker: String { speakerName ?? "author" }

    /// `slug @start+length`, as the README's locations read.
    public var location: String { "\(sourceSlug) @\(start)+\(length)" }

    /// "unlikely 0.20-0.45", or nil when the claim carries no likelihood.
    public var likelihood: String? {
        guard let term = likelihoodTerm else { return nil }
        guard let low = pLow, let high = pHigh else { return term }
        return "\(term) \(Band.range(low, high))"
    }
}

/// An argument link as an edge of the graph (AIF RA, CA or MA).
public struct GraphLink: Sendable, Equatable {
    public let id: Int
    public let from: Int
    public let to: Int
    /// supports, attacks or rephrases.
    public let type: String
    /// within_source or across_sources.
    public let scope: String
    public let cue: String?
    public let method: String
}

/// A source that has claims in the graph.
public struct GraphSource: Sendable, Equatable {
    public let id: Int
    public let slug: String
    public let title: String?
    public let author: String?
    public let published: String?

    /// The title, else the slug.
    public var name: String { title ?? slug }
}

/// The argument graph of a scope: claims as nodes, argument links as edges, grouped by source.
///
/// ```swift
/// let graph = try ArgumentGraph.load(db, scope: .proposition("ru-cn-military-alliance"))
/// print(DotWriter.write(graph))
/// ```
public struct ArgumentGraph: Sendable {
    public let scope: MapScope
    public let sources: [GraphSource]
    public let claims: [GraphClaim]
    public let links: [GraphLink]

    public init(scope: MapScope, sources: [GraphSource], claims: [GraphClaim], links: [GraphLink]) {
        self.scope = scope
        self.sources = sources
        self.claims = claims
        self.links = links
    }

    /// The claims of one source, in text order.
    public func claims(of source: GraphSource) -> [GraphClaim] { claims.filter { $0.sourceID == source.id } }

    /// Reads the graph of a scope. The scope's own claims are the core; every link that touches the
    /// core is an edge, and the claims at its other end are nodes too, so a map of one source shows
    /// who attacks it from elsewhere.
    ///
    /// - Throws: `QueryError.notFound` for an unknown source or proposition.
    public static func load(_ db: Database, scope: MapScope) throws -> ArgumentGraph {
        var sourceKey: String?
        var proposition: String?
        var anyProposition = false
        switch scope {
        case .corpus: break
        case .source(let key):
            let found = try db.scalar("SELECT id FROM sources WHERE slug = ?1 OR id = CAST(?1 AS INTEGER)", [key])
            guard let id = found?.int else {
                throw QueryError.notFound("no source with id or slug '\(key)' (see `argkb sources`)")
            }
            sourceKey = String(id)
        case .proposition(let id):
            try ClaimQueries.requireProposition(id, in: db)
            proposition = id
        case .allPropositions:
            anyProposition = true
        }
        // ?1 source id, ?2 proposition, ?3 any proposition: the core claims of the scope.
        let core = """
            WITH core AS (
                SELECT id FROM \(PolicySQL.claims)
                WHERE (?1 IS NULL OR source_id = CAST(?1 AS INTEGER))
                  AND (?2 IS NULL OR proposition_id = ?2)
                  AND (?3 = 0 OR proposition_id IS NOT NULL)),
            edges AS (
                SELECT * FROM argument_links
                WHERE from_claim_id IN (SELECT id FROM core) OR to_claim_id IN (SELECT id FROM core)),
            nodes AS (
                SELECT id FROM core UNION SELECT from_claim_id FROM edges UNION SELECT to_claim_id FROM edges)
            """
        let arguments: [any DatabaseBindable] = [sourceKey, proposition, anyProposition]
        let claimRows = try db.rows(
            core + """
                SELECT c.id, c.source_id, s.slug, s.title, s.published, c.speaker_name, a.name AS speaker_actor,
                       c.claim_type, c.role, c.proposition_id, c.polarity, c.likelihood_term, c.p_low, c.p_high, c.cue,
                       c.context, c.method, c.confidence, acc.label AS acceptability, c.start, c.length,
                       substr(s.text, c.start + 1, c.length) AS clause, st.id AS sentence_id, st.text AS sentence
                FROM claims AS c
                JOIN sources AS s ON s.id = c.source_id
                JOIN sentences AS st ON st.id = c.sentence_id
                LEFT JOIN actors AS a ON a.id = c.speaker_actor_id
                LEFT JOIN claim_acceptability AS acc ON acc.claim_id = c.id
                WHERE c.id IN (SELECT id FROM nodes)
                ORDER BY \(PolicySQL.dateOrder("s")), s.id, c.start, c.id
                """, arguments)
        let claims = claimRows.map { row in
            GraphClaim(
                id: row.int("id") ?? 0, sourceID: row.int("source_id") ?? 0, sourceSlug: row.string("slug") ?? "",
                sourceTitle: row.string("title"), published: row.string("published"),
                speakerName: row.string("speaker_name"), speakerActor: row.string("speaker_actor"),
                claimType: row.string("claim_type") ?? "", role: row.string("role") ?? "",
                propositionID: row.string("proposition_id"), polarity: row.string("polarity"),
                likelihoodTerm: row.string("likelihood_term"), pLow: row.double("p_low"), pHigh: row.double("p_high"),
                cue: row.string("cue"), context: row.string("context") ?? "asserted",
                method: row.string("method") ?? "rule", confidence: row.double("confidence") ?? 0,
                acceptability: row.string("acceptability"), start: row.int("start") ?? 0,
                length: row.int("length") ?? 0, text: row.string("clause") ?? "",
                sentenceID: row.int("sentence_id") ?? 0, sentence: row.string("sentence") ?? "")
        }
        let links = try db.rows(
            core + """
                SELECT id, from_claim_id, to_claim_id, link_type, scope, cue, method FROM edges ORDER BY id
                """, arguments
        ).map { row in
            GraphLink(
                id: row.int("id") ?? 0, from: row.int("from_claim_id") ?? 0, to: row.int("to_claim_id") ?? 0,
                type: row.string("link_type") ?? "", scope: row.string("scope") ?? "",
                cue: row.string("cue"), method: row.string("method") ?? "rule")
        }
        let sourceIDs = Set(claims.map(\.sourceID))
        let sources = try db.rows(
            """
            SELECT id, slug, title, author, published FROM sources ORDER BY \(PolicySQL.dateOrder("sources")), id
            """
        ).filter { sourceIDs.contains($0.int("id") ?? -1) }.map { row in
            GraphSource(
                id: row.int("id") ?? 0, slug: row.string("slug") ?? "", title: row.string("title"),
                author: row.string("author"), published: row.string("published"))
        }
        return ArgumentGraph(scope: scope, sources: sources, claims: claims, links: links)
    }
}
