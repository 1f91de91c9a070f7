import Store

/// The answer to a question: the rows, the SQL that produced them, and notes for the reader.
public struct Answer: Sendable {
    public let listing: Listing
    /// nil when the question was not understood and a full-text search answered instead.
    public let plan: AnswerPlan?
    /// For the reader: an empty answer explained, or a fallback announced.
    public let notes: [String]
}

/// Answers questions in plain English from the database (`argkb ask`).
///
/// ```swift
/// let answer = try Asker(db: db).ask("which sources call an alliance improbable")
/// print(ListingRenderer.render(answer.listing, as: .table))
/// ```
/// A question that matches no form is answered by a full-text search of its words, with a note
/// naming the closest forms that work.
public struct Asker {
    let db: Database

    /// Rows an answer shows unless asked for more: listings grow with the corpus, a reader does not.
    public static let defaultLimit = 100

    public init(db: Database) { self.db = db }

    /// Answers `text`, showing at most `limit` rows (a note says when there were more).
    public func ask(_ text: String, limit: Int = Asker.defaultLimit) throws -> Answer {
        let question: Question
        do {
            question = try QuestionParser(db: db).parse(text)
        } catch let error as QuestionError {
            return try fallback(text, error: error)
        }
        if let open = question.open {
            let answer = try OpenAnswerer(db: db).answer(open, limit: limit)
            return Answer(listing: answer.listing, plan: answer.plan, notes: answer.notes)
        }
        // One row more than shown tells whether the answer was cut.
        let plan: AnswerPlan
        if question.target == .summary && question.adHoc == nil {
            let probes = AnswerPlanner.summaryProbes(question)
            plan = AnswerPlanner.summary(
                question, agreeing: try drive(probes: probes.agreeing, rows: limit + 1),
                rest: try drive(probes: probes.rest, rows: limit + 1)
            ).limited(to: limit + 1)
        } else {
            plan = AnswerPlanner.plan(question, drive: try drive(for: question, rows: limit + 1)).limited(to: limit + 1)
        }
        var listing = try db.listing(plan.sql, plan.arguments.map(\.bindable))
        var notes: [String] = []
        if let adHoc = question.adHoc {
            notes.append(
                "Read as a proposition not on record: \(adHoc.reading) (the estimates of sentences that name "
                    + "\(adHoc.actors.joined(separator: " and "))\(adHoc.words.isEmpty ? "" : " and a word of the family of " + adHoc.words.joined(separator: ", "))). "
                    + "To keep it, with verdicts for every source: \(adHoc.saveCommand)")
        }
        if listing.rows.count > limit {
            listing.rows.removeLast(listing.rows.count - limit)
            notes.append("Showing the first \(limit) answers; pass --limit to see more.")
        }
        if listing.rows.isEmpty {
            notes.append("No answer: there are no \(plan.interpretation).")
            if question.target == .sources || question.target == .count, let proposition = question.proposition {
                // The lowest first, at most `shown` of them: the verdicts picked from their own table in
                // the order of verdicts_by_low (the one in force: curated wins), and only those looked
                // up in sources.
                let shown = 20
                let onRecord = try db.rows(
                    """
                    SELECT s.slug, coalesce(v.likelihood_term, 'no term') AS term, v.polarity
                    FROM (SELECT v.id FROM verdicts AS v
                          WHERE v.proposition_id = ?1 AND \(PolicySQL.verdictInForce("v"))
                          ORDER BY v.p_low, v.id LIMIT ?2) AS pick
                    JOIN verdicts AS v ON v.id = pick.id
                    JOIN sources AS s ON s.id = v.source_id
                    ORDER BY v.p_low, v.id
                    """, [proposition, shown + 1])
                if !onRecord.isEmpty {
                    var list = onRecord.prefix(shown).map {
                        "\($0.string("slug") ?? "?"): \($0.string("term") ?? "?") (\($0.string("polarity") ?? "?"))"
                    }
                    if onRecord.count > shown { list.append("... (argkb verdicts --proposition \(proposition) lists them all)") }
                    notes.append("Verdicts on record for \(proposition): " + list.joined(separator: "; "))
                }
            }
        }
        return Answer(listing: listing, plan: plan, notes: notes)
    }

    /// Whether a listing ordered by date walks the sources in that order or starts from its filter.
    ///
    /// Walking by date reads about `rows × total / matches` rows, starting from the filter reads
    /// `matches` rows and sorts them. A row found by the filter costs about 16 times one walked by
    /// date (its source and sentence are looked up one by one, on pages scattered over the file;
    /// walked claims sit together with their source): at 100k articles, 13,000–17,000 matching
    /// claims took 150–230 ms from the filter and 15–20 ms by date. So the filter drives when it
    /// matches fewer than `√(rows × total / 16)` rows (at least 1,000). Each probe counts at most
    /// that many index entries.
    func drive(for question: Question, rows: Int) throws -> Drive {
        guard AnswerPlanner.hasDrives(question) else { return .byFilter }
        return try drive(probes: AnswerPlanner.probes(question), rows: rows)
    }

    /// By filter when one of the probes counts fewer rows than the threshold, else by date.
    func drive(probes: [Probe], rows: Int) throws -> Drive {
        for probe in probes {
            let total = try db.scalar("SELECT max(rowid) FROM \(probe.table)")?.int ?? 0
            let threshold = max(1_000, Int((Double(rows) * Double(total) / 16).squareRoot()))
            let found =
                try db.scalar(
                    "SELECT count(*) FROM (\(probe.sql) LIMIT \(threshold))",
                    probe.arguments.map(\.bindable))?.int ?? 0
            if found < threshold { return .byFilter }
        }
        return .byDate
    }

    /// Full-text search of the question's words, with the closest forms that work.
    private func fallback(_ text: String, error: QuestionError) throws -> Answer {
        let words = QuestionParser.words(text).map { $0.lowercased() }
        let closest = QuestionVocabulary.examples
            .map { example -> (String, Int) in
                let exampleWords = Set(example.split(separator: " ").map(String.init))
                return (example, exampleWords.intersection(words).count)
            }
            .sorted { $0.1 > $1.1 }
            .prefix(3).map(\.0)
        var notes = ["\(error). Questions of these forms work:"] + closest.map { "  argkb ask \"\($0)\"" }
        let meaningful = words.filter {
            $0.count > 3 && !["which", "what", "where", "when", "does", "about", "there"].contains($0)
        }
        guard !meaningful.isEmpty else {
            return Answer(listing: Listing(columns: [], rows: []), plan: nil, notes: notes)
        }
        let query = meaningful.map { "\"\($0)\"" }.joined(separator: " OR ")
        let listing = try SentenceSearch(db: db).search(query, limit: 10)
        notes.append("Answered instead by a full-text search for: \(query)")
        return Answer(listing: listing, plan: nil, notes: notes)
    }
}

extension ListingValue {
    /// The value for binding to a statement.
    var bindable: any DatabaseBindable {
        switch self {
        case .null: return DatabaseValue.null
        case .int(let v): return v
        case .double(let v): return v
        case .text(let v): return v
        }
    }

    /// The value as a SQL literal, for `--explain` output a user can paste into sqlite3.
    public var sqlLiteral: String {
        switch self {
        case .null: return "NULL"
        case .int(let v): return String(v)
        case .double(let v): return String(v)
        case .text(let v): return "'" + v.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }
}
