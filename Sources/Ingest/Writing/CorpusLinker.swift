import Domain
import Store

/// Links claims across sources and labels every claim's acceptability (Dung's grounded semantics).
///
/// Across sources, only each verdict's main evidence claim takes part, so the work grows with the
/// number of sources, not of claims:
/// - **attacks**: the main claims of two verdicts on the same proposition with opposed polarity
///   (for / against) attack each other; each claim attacks at most `maximumAttacks` others, the
///   ones sharing the most content words, so a large corpus stays readable;
/// - **rephrases**: main claims with the same proposition, polarity and likelihood term whose
///   content words overlap (Jaccard) at least `rephraseOverlap`; each claim links to at most
///   `maximumRephrases` later claims, the closest ones, for the same reason: without a cap the
///   links grow with the square of the corpus (a 10k-article corpus gave millions of rows).
///
/// Overlaps are counted through an inverted index of interned words (word → claims), so each pair
/// costs only the words it shares, and each overlap is computed once, not in every comparison of a sort.
struct CorpusLinker {
    let db: Database
    var maximumAttacks = 5
    var maximumRephrases = 5
    var rephraseOverlap = 0.3
    /// A word in more of a proposition's main claims than this is left out of their overlaps, as a
    /// stop word of the corpus ("russia", "alliance"): it says nothing about which claims are close,
    /// and its list of claims is what made linking grow with the square of the corpus (every claim
    /// counted against every other). Small corpora never reach it.
    var commonWordLimit = 1_000

    private struct MainClaim {
        let claimID: Int
        let sourceID: Int
        let proposition: String
        let polarity: String
        let term: String?
        /// Interned content words, each once.
        let words: [Int32]
    }

    /// A candidate link: index in the group, the Jaccard overlap, and the claim id for ties.
    private struct Scored {
        let index: Int
        let overlap: Double
        let claimID: Int
        /// Higher overlap first, then the lower claim id (the order of the former sort).
        func isBetter(than other: Scored) -> Bool {
            overlap > other.overlap || (overlap == other.overlap && claimID < other.claimID)
        }
    }

    func relink() throws {
        try db.execute("DELETE FROM argument_links WHERE scope = 'across_sources' AND method = 'rule'")
        let claims = try mainClaims()
        let insert = try db.prepare(
            """
            INSERT OR IGNORE INTO argument_links (from_claim_id, to_claim_id, link_type_code, scope_code, cue)
            VALUES (?, ?, ?, \(LinkScope.acrossSources.code), ?)
            """)
        let byProposition = Dictionary(grouping: claims, by: \.proposition)
        for proposition in byProposition.keys.sorted() {
            try link(byProposition[proposition] ?? [], insert: insert)
        }
        try labelAcceptability()
    }

    private func link(_ group: [MainClaim], insert: Statement) throws {
        let group = withoutCommonWords(group)
        // word → indexes in `group`, by polarity.
        var postings: [String: [Int32: [Int]]] = ["for": [:], "against": [:]]
        // Claims of each polarity by claim id, to fill attacks with no shared word (overlap 0).
        var byPolarity: [String: [Int]] = ["for": [], "against": []]
        for (index, claim) in group.enumerated() where claim.polarity == "for" || claim.polarity == "against" {
            for word in claim.words { postings[claim.polarity, default: [:]][word, default: []].append(index) }
            byPolarity[claim.polarity, default: []].append(index)
        }
        for polarity in byPolarity.keys { byPolarity[polarity]?.sort { group[$0].claimID < group[$1].claimID } }

        var shared = [Int32](repeating: 0, count: group.count)
        var touched: [Int] = []
        /// Counts the words each claim of `polarity` shares with `claim`; returns the claims touched.
        func countShared(_ claim: MainClaim, polarity: String) -> [Int] {
            for index in touched { shared[index] = 0 }
            touched.removeAll(keepingCapacity: true)
            guard let index = postings[polarity] else { return [] }
            for word in claim.words {
                for other in index[word] ?? [] {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            return touched
        }
        func overlap(_ claim: MainClaim, _ other: Int) -> Double {
            let common = Int(shared[other])
            let union = claim.words.count + group[other].words.count - common
            return union == 0 ? 0 : Double(common) / Double(union)
        }

        for claim in group where claim.polarity == "for" || claim.polarity == "against" {
            let opposite = claim.polarity == "for" ? "against" : "for"
            var nearest = Self.Best(capacity: maximumAttacks)
            for other in countShared(claim, polarity: opposite) where group[other].sourceID != claim.sourceID {
                nearest.offer(Scored(index: other, overlap: overlap(claim, other), claimID: group[other].claimID))
            }
            // Fewer than the maximum share a word: the rest come at overlap 0, lowest claim id first.
            if nearest.items.count < maximumAttacks {
                for other in byPolarity[opposite] ?? [] where shared[other] == 0 && group[other].sourceID != claim.sourceID {
                    nearest.items.append(Scored(index: other, overlap: 0, claimID: group[other].claimID))
                    if nearest.items.count == maximumAttacks { break }
                }
            }
            for target in nearest.items {
                try insert.run([
                    claim.claimID, group[target.index].claimID, LinkType.attacks.code,
                    "opposed polarity (\(claim.polarity) / \(group[target.index].polarity))",
                ])
            }

            var closest = Self.Best(capacity: maximumRephrases)
            for other in countShared(claim, polarity: claim.polarity) {
                let candidate = group[other]
                guard candidate.sourceID != claim.sourceID, candidate.claimID > claim.claimID, candidate.term == claim.term else {
                    continue
                }
                let score = overlap(claim, other)
                if score >= rephraseOverlap { closest.offer(Scored(index: other, overlap: score, claimID: candidate.claimID)) }
            }
            // In the group's order, as before the cap.
            for other in closest.items.map(\.index).sorted() {
                try insert.run([
                    claim.claimID, group[other].claimID, LinkType.rephrases.code, "same proposition, polarity and term",
                ])
            }
        }
    }

    /// The group with the words of more than `commonWordLimit` claims removed from every claim.
    private func withoutCommonWords(_ group: [MainClaim]) -> [MainClaim] {
        guard group.count > commonWordLimit else { return group }
        var frequency: [Int32: Int] = [:]
        for claim in group {
            for word in claim.words { frequency[word, default: 0] += 1 }
        }
        let common = Set(frequency.filter { $0.value > commonWordLimit }.keys)
        guard !common.isEmpty else { return group }
        return group.map { claim in
            MainClaim(
                claimID: claim.claimID, sourceID: claim.sourceID, proposition: claim.proposition,
                polarity: claim.polarity, term: claim.term, words: claim.words.filter { !common.contains($0) })
        }
    }

    /// The best `capacity` candidates, best first.
    private struct Best {
        let capacity: Int
        var items: [Scored] = []
        init(capacity: Int) { self.capacity = capacity }
        mutating func offer(_ candidate: Scored) {
            guard capacity > 0 else { return }
            if items.count == capacity {
                guard candidate.isBetter(than: items[capacity - 1]) else { return }
                items.removeLast()
            }
            var position = items.count
            while position > 0 && candidate.isBetter(than: items[position - 1]) { position -= 1 }
            items.insert(candidate, at: position)
        }
    }

    /// The highest-weighted evidence claim of each rule verdict that has a polarity.
    private func mainClaims() throws -> [MainClaim] {
        var claims: [MainClaim] = []
        var vocabulary: [String: Int32] = [:]
        // Read row by row (no array of rows with their column names): at 100k articles this is
        // tens of thousands of sentences.
        try db.prepare(
            """
            SELECT v.source_id, v.proposition_id, c.polarity, c.likelihood_term, c.id AS claim_id, st.text
            FROM verdicts AS v
            JOIN verdict_evidence AS e ON e.verdict_id = v.id
            JOIN claims AS c ON c.id = e.claim_id
            JOIN sentences AS st ON st.id = c.sentence_id
            WHERE v.method = 'rule' AND c.polarity IN ('for', 'against')
              AND e.weight = (SELECT max(weight) FROM verdict_evidence WHERE verdict_id = v.id)
            GROUP BY v.id
            """
        ).forEach { row in
            let words = Self.contentWords(row.string(at: 5) ?? "").map { word in
                if let id = vocabulary[word] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[word] = id
                return id
            }
            claims.append(
                MainClaim(
                    claimID: row.int(at: 4), sourceID: row.int(at: 0),
                    proposition: row.string(at: 1) ?? "", polarity: row.string(at: 2) ?? "",
                    term: row.string(at: 3), words: words))
        }
        return claims
    }

    /// Grounded labelling over every claim and every attack link, stored in claim_acceptability.
    ///
    /// A claim in no attack is unattacked, so `in`: only the claims of the attack graph are loaded
    /// (a few links a source), and their labels go to a temporary table; one INSERT ... SELECT then
    /// writes every claim's label in the order of the claim ids, so the table's pages fill (written
    /// in two passes, the second split pages half full: 0.3 MB of 3 at 10k).
    private func labelAcceptability() throws {
        try db.execute("DELETE FROM claim_acceptability")
        var attacks: [(from: Int, to: Int)] = []
        var involved = Set<Int>()
        try db.prepare("SELECT from_claim_id, to_claim_id FROM argument_links WHERE link_type = 'attacks'").forEach {
            let attack = (from: $0.int(at: 0), to: $0.int(at: 1))
            attacks.append(attack)
            involved.insert(attack.from)
            involved.insert(attack.to)
        }
        let claims = involved.sorted()
        involved = []
        let labels = GroundedSemantics.label(arguments: claims, attacks: attacks)
        attacks = []
        try db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS attacked_labels (claim_id INTEGER PRIMARY KEY, label_code INTEGER NOT NULL)")
        defer { try? db.execute("DROP TABLE IF EXISTS temp.attacked_labels") }
        let insert = try db.prepare("INSERT INTO temp.attacked_labels (claim_id, label_code) VALUES (?, ?)")
        for claim in claims {
            try insert.run([claim, (labels[claim] ?? .undecided).code])
        }
        try db.execute(
            """
            INSERT INTO claim_acceptability (claim_id, label_code)
            SELECT c.id, coalesce(a.label_code, \(AcceptabilityLabel.in.code))
            FROM claims AS c LEFT JOIN temp.attacked_labels AS a ON a.claim_id = c.id
            ORDER BY c.id
            """)
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 3 })
    }
}
