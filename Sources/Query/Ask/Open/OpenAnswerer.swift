import Store

/// Answers an open question: finds the sentences that hold its words (`SentenceRanker`), pulls
/// the answer of its type out of them (`AnswerExtractor`), and lists the answers first, then the
/// closest sentences as evidence, each row with its source, sentence and location.
///
/// ```swift
/// let answer = try OpenAnswerer(db: db).answer(open, limit: 100)
/// // answer  source  published  sentence  location
/// // 1980s   Question of the day ...   ...since the 1980s...   why-russia-... @1182+132
/// ```
struct OpenAnswerer {
    let db: Database

    /// The columns of every open answer.
    static let columns = ["answer", "source", "published", "sentence", "location"]
    /// Closest sentences shown as evidence after the answers.
    static let evidence = 5
    /// A sentence counts when its score is at least this share of the best one's.
    static let closeEnough = 0.45
    /// Sources answer a "which article" question when their best sentence scores this share of the
    /// best and holds as many of the question's words and actors, less one.
    static let sourceShare = 0.7

    func answer(_ open: OpenQuestion, limit: Int) throws -> (listing: Listing, plan: AnswerPlan, notes: [String]) {
        let (ranked, sql, arguments, missing) = try SentenceRanker(db: db).rank(open)
        let plan = AnswerPlan(
            sql: sql.isEmpty ? "-- no words to search for" : sql, arguments: arguments,
            interpretation: open.reading)
        var notes = ["Read as \(open.reading)."]
        var rows: [[ListingValue]] = []
        if open.answerType == .person, let nationality = open.nationality, let source = open.sourceID, open.unread.count <= 1 {
            // "Which American presidents does the piece bring into the discussion": every one it names.
            for (name, sentence) in try AnswerExtractor(db: db).persons(inSource: source, nationality: nationality.code) {
                rows.append([.text(name)] + (try place(of: sentence)))
            }
        }
        // Most of the question's words in no sentence: the corpus does not speak of it. Sentences
        // that hold only the rest (a name, a place) would answer another question.
        if !missing.isEmpty, 2 * missing.count > open.termGroups.count, rows.isEmpty {
            notes.append("Nothing in the corpus answers this: no sentence has the words \(missing.joined(separator: ", ")).")
            return (Listing(columns: Self.columns, rows: []), plan, notes)
        }
        guard let best = ranked.first?.score, best > 0 || !rows.isEmpty else {
            if rows.isEmpty { notes.append("Nothing in the corpus holds the question's words: no answer.") }
            return (Listing(columns: Self.columns, rows: rows), plan, notes)
        }
        let close = ranked.filter { $0.score >= best * Self.closeEnough }
        if open.answerType == .sources {
            rows += try sourceRows(ranked, best: best)
        } else {
            let answers = try AnswerExtractor(db: db).answers(open, from: close)
            for found in answers where !rows.contains(where: { $0.first == .text(found.answer) }) {
                rows.append([.text(found.answer)] + (try place(of: found.sentence.sentenceID)))
            }
            if rows.isEmpty, open.answerType.isExtracted {
                notes.append(
                    "The sentences closest to the question name no answer of the kind asked for (\(open.answerType.words)); "
                        + "they follow as evidence.")
            }
            let shown = Set(answers.map(\.sentence.sentenceID))
            // A phrase is read in the sentences themselves: more of them.
            let evidence = open.answerType == .phrase ? 2 * Self.evidence : Self.evidence
            for sentence in close.prefix(evidence) where !shown.contains(sentence.sentenceID) || rows.isEmpty {
                rows.append([.null] + (try place(of: sentence.sentenceID)))
            }
        }
        if rows.count > limit { rows.removeLast(rows.count - limit) }
        return (Listing(columns: Self.columns, rows: rows), plan, notes)
    }

    /// The sources that answer, each with its best sentence: a source whose best sentence scores
    /// `sourceShare` of the best and holds all but one of what the best sentence holds (the
    /// sources that answer stand apart from those that only share some words).
    private func sourceRows(_ ranked: [RankedSentence], best: Double) throws -> [[ListingValue]] {
        let mostCovered = ranked.map(\.coverage).max() ?? 0
        var rows: [[ListingValue]] = []
        var seen = Set<Int>()
        // A source's best sentence: by coverage, then score.
        let ordered = ranked.sorted { ($0.coverage, $0.score) > ($1.coverage, $1.score) }
        for sentence in ordered where seen.insert(sentence.sourceID).inserted {
            guard sentence.score >= best * Self.sourceShare, sentence.coverage >= mostCovered - 1 else { continue }
            let place = try place(of: sentence.sentenceID)
            rows.append([place[0]] + place)
        }
        return rows
    }

    /// Source title, publication date, sentence and location of a sentence.
    private func place(of sentence: Int) throws -> [ListingValue] {
        let row = try db.rows(
            """
            SELECT coalesce(s.title, s.slug) AS source, s.published, st.text,
                   \(PolicySQL.location(source: "s", sentence: "st")) AS location
            FROM sentences AS st JOIN sources AS s ON s.id = st.source_id WHERE st.id = ?
            """, [sentence]
        ).first
        return ["source", "published", "text", "location"].map { column in
            row?.string(column).map(ListingValue.text) ?? .null
        }
    }
}
