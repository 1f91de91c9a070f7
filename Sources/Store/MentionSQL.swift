/// SQL conditions on `mentions` that follow from the schema's shape, shared by ingest and the queries.
public enum MentionSQL {
    /// "Mention `mention` is in source `source`" (an SQL expression, e.g. `?1`), in a form an index
    /// serves. `mentions` has no index by source: a source's sentences are stored together, so
    /// their ids are one range, and its mentions one range of the mentions' key. The source
    /// is compared too, so the answer does not depend on that.
    public static func ofSource(_ source: String, mention: String = "m") -> String {
        "\(mention).sentence_id BETWEEN (SELECT min(id) FROM sentence_spans WHERE source_id = \(source))"
            + " AND (SELECT max(id) FROM sentence_spans WHERE source_id = \(source)) AND \(mention).source_id = \(source)"
    }
}
