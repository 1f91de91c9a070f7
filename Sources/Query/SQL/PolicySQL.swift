/// The SQL pieces that say a policy, composed by the listings, the planner of `ask`, the reports
/// and the map rather than written out in each: which rows count, the order of sources, the place
/// of a sentence, the terms of a range of likelihood ranks.
///
/// ```swift
/// "SELECT ... FROM \(PolicySQL.claims) AS c ... ORDER BY \(PolicySQL.dateOrder("s")), s.id"
/// ```
/// Which rows count is said in schema.sql, as the views `claims_in_force` and `verdicts_in_force`
/// (what a user of the sqlite3 shell reads). The listings read those views; the planner of `ask`,
/// whose queries name the tables themselves (`INDEXED BY` cannot name a view), adds the views'
/// conditions, which `PolicySQLTests` keeps equal to the views' text.
enum PolicySQL {
    /// The claims that count: curated ones, and rule claims no curated claim corrects.
    static let claims = "claims_in_force"

    /// The verdicts that count: per source and proposition, the curated one when there is one.
    static let verdicts = "verdicts_in_force"

    /// `claims_in_force`'s condition on a claim of the `claims` table named `c`.
    static func claimInForce(_ c: String) -> String {
        "(\(c).method = 'curated' OR NOT EXISTS (SELECT 1 FROM claims AS cur WHERE cur.overrides_claim_id = \(c).id))"
    }

    /// `verdicts_in_force`'s condition on a verdict of the `verdicts` table named `v`.
    static func verdictInForce(_ v: String) -> String {
        "(\(v).method = 'curated' OR NOT EXISTS (SELECT 1 FROM verdicts AS cur WHERE cur.source_id = \(v).source_id"
            + " AND cur.proposition_id = \(v).proposition_id AND cur.method = 'curated'))"
    }

    /// The number of verdicts in force among the rows of `verdicts AS v` that `conditions` select
    /// (`AND ...` clauses on `v`), as one scalar expression: the rows selected, less the rule rows
    /// among them that a curated verdict overrides.
    ///
    /// The same count as `count(*) ... WHERE verdictInForce("v")`, without testing each row: that
    /// read every verdict and probed for a curated one (55 ms for 37,000 verdicts at 100k), where
    /// the first count is read from `verdicts_by_proposition` alone and the second starts from the
    /// curated verdicts, which are few (`verdicts_curated`).
    static func verdictsInForceCount(where conditions: String) -> String {
        """
        (SELECT count(*) FROM verdicts AS v WHERE 1 = 1\(conditions))
          - (SELECT count(*) FROM verdicts AS cur INDEXED BY verdicts_curated
             CROSS JOIN verdicts AS v ON v.source_id = cur.source_id AND v.proposition_id = cur.proposition_id AND v.method = 'rule'
             WHERE cur.method = 'curated'\(conditions))
        """
    }

    /// Sources in publication order, undated ones last, as the index `sources_by_date` has them:
    /// every listing by date orders this way, then by the source's id.
    static func dateOrder(_ table: String) -> String {
        "\(table).published IS NULL, \(table).published"
    }

    /// The place of a sentence as argkb prints it, `slug @start+length` (the views' `location`).
    static func location(source: String, sentence: String) -> String {
        "\(source).slug || ' @' || \(sentence).start || '+' || \(sentence).length"
    }

    /// The likelihood terms of the ranks between two bound parameters, for `likelihood_term IN ...`
    /// (so that the indexes on terms find them).
    static func terms(ranksFrom low: String, to high: String) -> String {
        "(SELECT term FROM likelihood_scale WHERE rank BETWEEN \(low) AND \(high))"
    }
}
