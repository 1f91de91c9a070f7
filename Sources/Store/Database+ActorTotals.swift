/// `actor_totals`: how often each actor is named in the corpus, a summary of `mentions` that
/// `ingest` rebuilds after storing sources (see schema.sql).
extension Database {
    /// Counts every actor's mentions and sources again, inside the caller's transaction.
    public func rebuildActorTotals() throws {
        try execute("DELETE FROM actor_totals")
        try execute(
            """
            INSERT INTO actor_totals (actor_id, mentions, sources)
            SELECT actor_id, count(*), count(DISTINCT source_id) FROM mentions GROUP BY actor_id
            """)
    }

    /// True when there are mentions and no totals: a database upgraded from version 5, or one whose
    /// totals were deleted by hand.
    public func actorTotalsAreMissing() throws -> Bool {
        try scalar(
            "SELECT NOT EXISTS (SELECT 1 FROM actor_totals) AND EXISTS (SELECT 1 FROM mentions)")?.int == 1
    }
}
