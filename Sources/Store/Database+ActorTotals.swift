/// `actor_totals`: how often each actor is named in the corpus, a summary of `mentions` that
/// `ingest` rebuilds after storing sources (see schema.sql).
extension Database {
    /// The statements that count every actor's mentions and sources again (also the 5 → 6 upgrade's).
    static let actorTotalsRebuild = """
        DELETE FROM actor_totals;
        INSERT INTO actor_totals (actor_id, mentions, sources)
            SELECT actor_id, count(*), count(DISTINCT source_id) FROM mentions GROUP BY actor_id;
        """

    /// Counts every actor's mentions and sources again, inside the caller's transaction.
    public func rebuildActorTotals() throws {
        try execute(Self.actorTotalsRebuild)
    }
}
