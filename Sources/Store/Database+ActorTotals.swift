/// `actor_totals`: how often each actor is named in the corpus, a summary of `actor_sources` that
/// `ingest` rebuilds after storing sources (see schema.sql).
extension Database {
    /// The statements that count every actor's mentions and sources again.
    static let actorTotalsRebuild = """
        DELETE FROM actor_totals;
        INSERT INTO actor_totals (actor_id, mentions, sources)
            SELECT actor_id, sum(mentions), count(*) FROM actor_sources GROUP BY actor_id;
        """

    /// Fills `actor_sources` from the mentions (the 7 → 8 upgrade, which creates it).
    static let actorSourcesFill = """
        INSERT INTO actor_sources (actor_id, source_id, mentions, first_sentence_id)
            SELECT actor_id, source_id, count(*), min(sentence_id) FROM mentions GROUP BY actor_id, source_id;
        """

    /// Counts every actor's mentions and sources again, inside the caller's transaction.
    public func rebuildActorTotals() throws {
        try execute(Self.actorTotalsRebuild)
    }
}
