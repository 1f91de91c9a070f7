import Domain
import Store

/// Writes the analyst's corrections beside the automatic rows (`method = 'curated'`).
///
/// Curated rows are rebuilt from the annotation files on every run, so editing or deleting a line
/// of a TSV takes effect on the next ingest. The automatic rows are never changed.
struct CurationApplier {
    let db: Database

    /// Applies every correction.
    /// - Returns: a warning for each correction that matched nothing (unknown slug, quote, term).
    func apply(_ annotations: Annotations) throws -> [String] {
        try db.execute("DELETE FROM verdicts WHERE method = 'curated'")
        try db.execute("DELETE FROM claims WHERE method = 'curated'")
        var warnings: [String] = []
        for correction in annotations.claims {
            if let warning = try applyClaim(correction) { warnings.append(warning) }
        }
        for correction in annotations.verdicts {
            if let warning = try applyVerdict(correction) { warnings.append(warning) }
        }
        return warnings
    }

    private func sourceID(_ slug: String) throws -> Int? {
        try db.scalar("SELECT id FROM sources WHERE slug = ?", [slug])?.int
    }

    /// The band of a likelihood term, or nil when the term is not on the scale.
    private func band(_ term: String) throws -> (Double, Double)? {
        let rows = try db.rows("SELECT p_low, p_high FROM likelihood_scale WHERE term = ?", [term])
        guard let row = rows.first, let low = row.double("p_low"), let high = row.double("p_high") else { return nil }
        return (low, high)
    }

    /// The first sentence of a source containing `quote`, with its rule claim if it has one.
    private func locate(_ quote: String, in sourceID: Int) throws -> (sentenceID: Int, start: Int, length: Int, claimID: Int?)? {
        let rows = try db.rows(
            """
            SELECT st.id, st.start, st.length,
                   (SELECT c.id FROM claims AS c WHERE c.sentence_id = st.id AND c.method = 'rule' ORDER BY c.id LIMIT 1) AS claim_id
            FROM sentences AS st WHERE st.source_id = ? AND instr(st.text, ?) > 0 ORDER BY st.ordinal LIMIT 1
            """, [sourceID, quote])
        guard let row = rows.first else { return nil }
        return (row.int("id") ?? 0, row.int("start") ?? 0, row.int("length") ?? 0, row.int("claim_id"))
    }

    private func applyClaim(_ correction: Annotations.ClaimCorrection) throws -> String? {
        let place = "claims.tsv line \(correction.lineNumber)"
        guard let sourceID = try sourceID(correction.source) else { return "\(place): no source '\(correction.source)'" }
        guard let found = try locate(correction.quote, in: sourceID) else {
            return "\(place): quote not found in \(correction.source)"
        }
        var band: (Double, Double)?
        if let term = correction.likelihoodTerm {
            guard let known = try self.band(term) else { return "\(place): '\(term)' is not a likelihood_scale term" }
            band = known
        }
        // Start from the rule claim's values (or a plain assessment) and apply the corrected cells.
        try db.execute(
            """
            INSERT INTO claims (source_id, sentence_id, start, length, claim_type_code, role_code, role_cue,
                                speaker_actor_id, speaker_name, outer_speaker_name, attribution_cue, proposition_id,
                                polarity_code, likelihood_term, p_low, p_high, cue, cue_start, cue_length, context_code,
                                method_code, overrides_claim_id, confidence)
            SELECT ?, ?, coalesce(r.start, ?), coalesce(r.length, ?),
                   coalesce(r.claim_type_code, \(ClaimType.assessment.code)), coalesce(r.role_code, \(ClaimRole.premise.code)),
                   r.role_cue,
                   CASE WHEN ? IS NULL THEN r.speaker_actor_id ELSE (SELECT actor_id FROM actor_aliases WHERE alias = ? LIMIT 1) END,
                   coalesce(?, r.speaker_name), r.outer_speaker_name, r.attribution_cue,
                   coalesce(?, r.proposition_id), coalesce(?, r.polarity_code), coalesce(?, r.likelihood_term),
                   coalesce(?, r.p_low), coalesce(?, r.p_high), r.cue, r.cue_start, r.cue_length,
                   coalesce(r.context_code, \(ClaimContext.asserted.code)), \(RowMethod.curated.code), r.id, 1.0
            FROM (SELECT 1) LEFT JOIN claims AS r ON r.id = ?
            """,
            [
                sourceID, found.sentenceID, found.start, found.length, correction.speaker, correction.speaker,
                correction.speaker, correction.proposition,
                correction.polarity.flatMap(ClaimPolarity.init(rawValue:))?.code, correction.likelihoodTerm,
                band?.0, band?.1, found.claimID,
            ])
        return nil
    }

    private func applyVerdict(_ correction: Annotations.VerdictCorrection) throws -> String? {
        let place = "verdicts.tsv line \(correction.lineNumber)"
        guard let sourceID = try sourceID(correction.source) else { return "\(place): no source '\(correction.source)'" }
        guard try db.scalar("SELECT count(*) FROM propositions WHERE id = ?", [correction.proposition])?.int == 1 else {
            return "\(place): no proposition '\(correction.proposition)'"
        }
        var band: (Double, Double)?
        if let term = correction.likelihoodTerm {
            guard let known = try self.band(term) else { return "\(place): '\(term)' is not a likelihood_scale term" }
            band = known
        }
        try db.execute(
            """
            INSERT INTO verdicts (source_id, proposition_id, likelihood_term, p_low, p_high, polarity, method, note)
            VALUES (?, ?, ?, ?, ?, ?, 'curated', ?)
            """,
            [
                sourceID, correction.proposition, correction.likelihoodTerm, band?.0, band?.1, correction.polarity,
                correction.note ?? "curated",
            ])
        let verdictID = db.lastInsertedRowID
        if let quote = correction.evidenceQuote {
            guard let found = try locate(quote, in: sourceID), let claimID = found.claimID else {
                return "\(place): evidence quote has no claim in \(correction.source)"
            }
            try db.execute(
                "INSERT INTO verdict_evidence (verdict_id, claim_id, weight) VALUES (?, ?, 1.0)", [verdictID, claimID])
        }
        return nil
    }
}
