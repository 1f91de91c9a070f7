import Store

/// Links claims across sources and labels every claim's acceptability (Dung's grounded semantics).
///
/// Across sources, only each verdict's main evidence claim takes part, so the work grows with the
/// number of sources, not of claims:
/// - **attacks**: the main claims of two verdicts on the same proposition with opposed polarity
///   (for / against) attack each other; each claim attacks at most `maximumAttacks` others, the
///   ones sharing the most content words, so a large corpus stays readable;
/// - **rephrases**: main claims with the same proposition, polarity and likelihood term whose
///   content words overlap (Jaccard) at least `rephraseOverlap`.
struct CorpusLinker {
    let db: Database
    var maximumAttacks = 5
    var rephraseOverlap = 0.3

    private struct MainClaim {
        let claimID: Int
        let sourceID: Int
        let proposition: String
        let polarity: String
        let term: String?
        let words: Set<String>
    }

    func relink() throws {
        try db.execute("DELETE FROM argument_links WHERE scope = 'across_sources' AND method = 'rule'")
        let claims = try mainClaims()
        let insert = try db.prepare("""
            INSERT OR IGNORE INTO argument_links (from_claim_id, to_claim_id, link_type, scope, cue, method)
            VALUES (?, ?, ?, 'across_sources', ?, 'rule')
            """)
        let byProposition = Dictionary(grouping: claims, by: \.proposition)
        for (_, group) in byProposition {
            for claim in group where claim.polarity == "for" || claim.polarity == "against" {
                let opposed = group.filter { $0.sourceID != claim.sourceID && $0.polarity != claim.polarity && ($0.polarity == "for" || $0.polarity == "against") }
                let nearest = opposed.sorted { Self.overlap(claim.words, $0.words) > Self.overlap(claim.words, $1.words) || (Self.overlap(claim.words, $0.words) == Self.overlap(claim.words, $1.words) && $0.claimID < $1.claimID) }
                for target in nearest.prefix(maximumAttacks) {
                    try insert.run([claim.claimID, target.claimID, "attacks", "opposed polarity (\(claim.polarity) / \(target.polarity))"])
                }
                for other in group where other.sourceID != claim.sourceID && other.claimID > claim.claimID
                    && other.polarity == claim.polarity && other.term == claim.term
                    && Self.overlap(claim.words, other.words) >= rephraseOverlap {
                    try insert.run([claim.claimID, other.claimID, "rephrases", "same proposition, polarity and term"])
                }
            }
        }
        try labelAcceptability()
    }

    /// The highest-weighted evidence claim of each rule verdict that has a polarity.
    private func mainClaims() throws -> [MainClaim] {
        let rows = try db.rows("""
            SELECT v.source_id, v.proposition_id, c.polarity, c.likelihood_term, c.id AS claim_id, st.text
            FROM verdicts AS v
            JOIN verdict_evidence AS e ON e.verdict_id = v.id
            JOIN claims AS c ON c.id = e.claim_id
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE v.method = 'rule' AND c.polarity IN ('for', 'against')
              AND e.weight = (SELECT max(weight) FROM verdict_evidence WHERE verdict_id = v.id)
            GROUP BY v.id
            """)
        return rows.map { row in
            MainClaim(claimID: row.int("claim_id") ?? 0, sourceID: row.int("source_id") ?? 0,
                      proposition: row.string("proposition_id") ?? "", polarity: row.string("polarity") ?? "",
                      term: row.string("likelihood_term"), words: Self.contentWords(row.string("text") ?? ""))
        }
    }

    /// Grounded labelling over every claim and every attack link, stored in claim_acceptability.
    private func labelAcceptability() throws {
        try db.execute("DELETE FROM claim_acceptability")
        var claims: [Int] = []
        try db.prepare("SELECT id FROM claims").forEach { claims.append($0.int(at: 0)) }
        var attacks: [(from: Int, to: Int)] = []
        try db.prepare("SELECT from_claim_id, to_claim_id FROM argument_links WHERE link_type = 'attacks'").forEach {
            attacks.append((from: $0.int(at: 0), to: $0.int(at: 1)))
        }
        let labels = GroundedSemantics.label(arguments: claims, attacks: attacks)
        let insert = try db.prepare("INSERT INTO claim_acceptability (claim_id, label) VALUES (?, ?)")
        for claim in claims {
            try insert.run([claim, (labels[claim] ?? .undecided).rawValue])
        }
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 3 })
    }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
