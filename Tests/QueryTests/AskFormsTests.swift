import Foundation
import Store
import Testing

@testable import Query

/// The question forms beyond verdicts: relations, regions, contradictions, acceptability, dates,
/// speakers, mentions, yes/no questions. Expected answers come from reading the seeds.
@Suite struct AskFormsTests {
    let foundations = "Military alliance between Russia and China: foundations, prospects and consequences"
    let undercurrents = "Undercurrents in Russia-China Bonhomie"

    private func ask(_ question: String) throws -> Answer { try Asker(db: try SeedDatabase.open()).ask(question) }

    private func column(_ answer: Answer, _ name: String) -> [String] {
        guard let index = answer.listing.columns.firstIndex(of: name) else { return [] }
        return answer.listing.rows.map { $0[index].plainText }
    }

    @Test func whichActorsCompeteWithChina() throws {
        let answer = try ask("which actors compete with China")
        #expect(Set(column(answer, "actor")) == ["Russia"])
        #expect(Set(column(answer, "predicate")) == ["competes_with"])
        #expect(!column(answer, "context").contains("negated"))
        #expect(
            column(answer, "evidence").contains(
                "Beside the economic frontiers, China is also cutting into Russia’s military hold in the region."))
    }

    @Test func aRegionNamedEarlierAnswersInTheRegion() throws {
        let answer = try ask("which actors compete with China in Central Asia")
        #expect(column(answer, "actor") == ["Russia"])
        #expect(column(answer, "region") == ["Central Asia"])
    }

    @Test func whichCountriesSellArmsToIndia() throws {
        let answer = try ask("which countries sell arms to India")
        #expect(column(answer, "actor") == ["Russia"])
        #expect(column(answer, "predicate") == ["sells_arms_to"])
    }

    @Test func whatLinksRussiaAndIndiaInEitherDirection() throws {
        let answer = try ask("what links Russia and India")
        #expect(column(answer, "predicate") == ["sells_arms_to"])
        #expect(try ask("what links New Delhi and Moscow").listing.rows.count == answer.listing.rows.count)
    }

    @Test func whichSourcesContradictASourceBySlugOrTitle() throws {
        for question in [
            "which sources contradict the sino-russian-military-alliance source",
            "which sources contradict the sino russian military alliance source",
            "which sources contradict the SINO-RUSSIAN-MILITARY-ALLIANCE source",
            "which sources disagree with Undercurrents in Russia-China Bonhomie",
        ] {
            let answer = try ask(question)
            #expect(column(answer, "source") == [foundations], "\(question)")
            #expect(column(answer, "polarity") == ["for"])
        }
        let fromTheOtherSide = try ask("which sources contradict the military-alliance-foundations-prospects source")
        #expect(Set(column(fromTheOtherSide, "polarity")) == ["against"])
        #expect(fromTheOtherSide.listing.rows.count == 3)
    }

    /// Two sources on the same side contradict each other when a claim of one attacks a claim of
    /// the other across sources; a source without a verdict contradicts none without an attack.
    @Test func anAttackAcrossSourcesIsAContradictionOnTheSameSide() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-contradict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("copy.db").path
        // A writable connection: from a read-only one SQLite 3.40's VACUUM INTO fails on generated columns.
        try Database(path: SeedDatabase.path, mode: .readWrite(create: false)).execute("VACUUM INTO '\(path)'")
        let db = try Database(path: path)
        let question = "which sources contradict the sino-russian-military-alliance source"
        #expect(column(try Asker(db: db).ask(question), "source") == [foundations])
        // A claim of Undercurrents (against, as the skeptics' source) attacks one of theirs.
        try db.execute(
            """
            DELETE FROM argument_links WHERE scope_code = 1;
            INSERT INTO argument_links (from_claim_id, to_claim_id, link_type_code, scope_code, cue)
            SELECT (SELECT min(c.id) FROM claims AS c JOIN sources AS s ON s.id = c.source_id
                    WHERE s.slug = 'undercurrents-russia-china-bonhomie'),
                   (SELECT min(c.id) FROM claims AS c JOIN sources AS s ON s.id = c.source_id
                    WHERE s.slug = 'sino-russian-military-alliance'),
                   1, 1, 'a test''s attack'
            """)
        let answer = try Asker(db: db).ask(question)
        #expect(Set(column(answer, "source")) == [foundations, undercurrents])
        #expect(column(answer, "polarity").sorted() == ["against", "for"])
        // The attacker contradicts the source it attacks too; the third skeptic stays out.
        let back = try Asker(db: db).ask("which sources contradict the undercurrents-russia-china-bonhomie source")
        #expect(Set(column(back, "source")) == [foundations, "SinoRussian Military Alliance"])
    }

    @Test func anUnknownSourceIsNotGuessed() throws {
        let answer = try ask("which sources contradict the zzzz source")
        #expect(answer.plan == nil)
        #expect(answer.notes.first?.contains("it names no source argkb knows") == true)
    }

    @Test func unchallengedClaimsAreAcceptedAndUnattacked() throws {
        let answer = try ask("which claims are unchallenged")
        #expect(!answer.listing.rows.isEmpty)
        #expect(Set(column(answer, "label")) == ["in"])
        let attackers = column(answer, "attacked_by")
        #expect(attackers.allSatisfy { $0.isEmpty })
    }

    @Test func defeatedAndContestedClaimsShowTheirAttackers() throws {
        let defeated = try ask("which claims are defeated")
        #expect(!defeated.listing.rows.isEmpty && Set(column(defeated, "label")) == ["out"])
        let attackers = column(defeated, "attacked_by")
        #expect(attackers.allSatisfy { !$0.isEmpty })
        let contested = try ask("which claims are contested")
        #expect(contested.listing.rows.count >= defeated.listing.rows.count)
    }

    @Test func whenListsVerdictsInDateOrder() throws {
        let answer = try ask("when did sources call an alliance unlikely")
        #expect(column(answer, "published") == ["2020-12-02T16:43", "2021-12-17", ""])
    }

    @Test func aYearRestrictsByPublicationDate() throws {
        #expect(column(try ask("which sources published in 2021 call an alliance unlikely"), "source") == [undercurrents])
        #expect(column(try ask("which sources since 2021 are against an alliance"), "source") == [undercurrents])
        #expect(
            column(try ask("which sources before 2021 are against an alliance"), "source")
                == ["Question of the day: why does Russia need a military alliance with China?"])
        #expect(try ask("how many sources after 2021 call an alliance likely").listing.rows == [[.int(0)]])
        #expect(try ask("how many sources published in 2021 call an alliance unlikely").listing.rows == [[.int(1)]])
        #expect(try ask("how many sources before 2021 are against an alliance").listing.rows == [[.int(1)]])
    }

    @Test(arguments: ["is an alliance likely", "will Russia and China form a military alliance?"])
    func aYesNoQuestionCountsTheVerdictsThatAgree(_ question: String) throws {
        let answer = try ask(question)
        #expect(column(answer, "agrees") == ["yes", "no", "no", "no"])
        #expect(column(answer, "source").first == foundations)
    }

    @Test func whichSourcesMentionAnActorByAnyAlias() throws {
        let answer = try ask("which sources mention India")
        #expect(
            column(answer, "source") == [
                "SinoRussian Military Alliance", "Question of the day: why does Russia need a military alliance with China?",
            ])
        #expect(column(answer, "mentions") == ["4", "1"])
    }

    @Test func whatDoesASpeakerSay() throws {
        let answer = try ask("what does Putin say")
        #expect(!answer.listing.rows.isEmpty)
        #expect(Set(column(answer, "speaker")) == ["Vladimir Putin"])
        #expect(column(answer, "cue").contains("not going to rule it out"))
    }

    @Test func whichActorsAreMentionedMost() throws {
        let answer = try ask("which actors are mentioned most")
        #expect(Array(column(answer, "actor").prefix(2)) == ["China", "Russia"])
    }

    @Test func reasonsAgainstAndForAnAlliance() throws {
        let against = try ask("what reasons are given against an alliance")
        #expect(Set(column(against, "side")) == ["against"])
        #expect(
            column(against, "reason").contains(
                "I. Increasing Chinese dominance in Central Asia- Russia views the area as it's backyard."))
        let pro = try ask("what reasons are given for an alliance")
        #expect(Set(column(pro, "side")) == ["for"])
        #expect(column(pro, "source").allSatisfy { $0 == foundations })
    }

    @Test func whoIsQuotedListsOnlyReportedSpeakers() throws {
        let answer = try ask("who is quoted")
        #expect(!answer.listing.rows.isEmpty)
        let speakers = column(answer, "speaker")
        #expect(!speakers.contains { $0.hasSuffix("(author)") })
        #expect(column(answer, "speaker").contains("Vladimir Putin"))
    }
}

@Suite struct AskSourceFilterTests {
    @Test func aSlugInTheQuestionRestrictsTheAnswerToThatSource() throws {
        let asker = Asker(db: try SeedDatabase.open())
        let all = try asker.ask("what does the corpus say about India")
        let one = try asker.ask("what does the sino-russian-military-alliance source say about India")
        #expect(all.listing.rows.count == 4)
        #expect(one.listing.rows.count == 3)
        let sourceColumn = try #require(one.listing.columns.firstIndex(of: "source"))
        #expect(Set(one.listing.rows.map { $0[sourceColumn].plainText }) == ["SinoRussian Military Alliance"])
        #expect(one.plan?.interpretation == "claims naming India, in source 3")
    }
}

@Suite struct AskLimitTests {
    @Test func anAnswerIsCutAtTheLimitWithANote() throws {
        let asker = Asker(db: try SeedDatabase.open())
        let full = try asker.ask("what does the corpus say about Russia")
        #expect(full.listing.rows.count > 10)
        let cut = try asker.ask("what does the corpus say about Russia", limit: 10)
        #expect(cut.listing.rows == Array(full.listing.rows.prefix(10)))
        #expect(cut.notes == ["Showing the first 10 answers; pass --limit to see more."])
        #expect(cut.plan?.sql.hasSuffix("\nLIMIT ?2") == true)
        #expect(cut.plan?.arguments.last == .int(11))
    }

    /// The superlative picks its verdict from the verdicts table; the answer is the first row of
    /// the view sorted by midpoint, date and source.
    @Test(arguments: [
        ("what is the most skeptical source", "ASC", ""),
        ("what is the most optimistic source", "DESC", ""),
        ("what is the most skeptical source published before 2022", "ASC", " AND published < '2022'"),
        ("what is the most confident source that is against an alliance", "DESC", " AND polarity = 'against'"),
    ])
    func aSuperlativeIsTheFirstOfTheSortedView(question: String, direction: String, filter: String) throws {
        let db = try SeedDatabase.open()
        let answer = try Asker(db: db).ask(question)
        let expected = try db.listing(
            """
            SELECT title FROM source_verdicts WHERE p_low IS NOT NULL\(filter)
            ORDER BY (p_low + p_high) / 2 \(direction), published, source_id LIMIT 1
            """)
        let source = try #require(answer.listing.columns.firstIndex(of: "source"))
        #expect(answer.listing.rows.map { $0[source].plainText } == expected.rows.map { $0[0].plainText })
        #expect(answer.listing.rows.count == 1)
    }

    @Test func aSuperlativeKeepsItsOwnLimit() throws {
        let answer = try Asker(db: try SeedDatabase.open()).ask("what is the most skeptical source", limit: 5)
        #expect(answer.plan?.sql.hasSuffix("LIMIT 1") == true)
        #expect(answer.listing.rows.count == 1)
    }
}

/// Forms added for the questions analysts type (issue 17): no side, dated sources, superlatives in
/// both directions, "how many" anywhere, "opposite", claims by side.
@Suite struct AskComposedFormsTests {
    private func ask(_ question: String) throws -> Answer { try Asker(db: try SeedDatabase.open()).ask(question) }

    private func column(_ answer: Answer, _ name: String) -> [String] {
        guard let index = answer.listing.columns.firstIndex(of: name) else { return [] }
        return answer.listing.rows.map { $0[index].plainText }
    }

    @Test func aSourceThatTakesNoSide() throws {
        let answer = try ask("which source takes no side on an alliance")
        #expect(column(answer, "source") == ["China and Russia: between partnership and competition"])
        #expect(column(answer, "verdict") == ["no verdict"])
        #expect(column(answer, "location") == ["between-partnership-and-competition @0+53"])
    }

    @Test func aCountOfDatedSourcesOnOneSide() throws {
        // Dated and skeptical: the Question of the day piece and Undercurrents (two others carry no date).
        let answer = try ask("how many sources that carry a publication date are skeptical of an alliance")
        #expect(column(answer, "sources") == ["2"])
        #expect(answer.plan?.interpretation.hasSuffix(", dated sources only") == true)
    }

    @Test(arguments: [
        ("what is the least bullish piece on an alliance", "SinoRussian Military Alliance"),
        ("which source gives an alliance the lowest likelihood", "SinoRussian Military Alliance"),
        (
            "what is the most bullish piece on an alliance",
            "Military alliance between Russia and China: foundations, prospects and consequences"
        ),
        (
            "which source gives an alliance the highest likelihood",
            "Military alliance between Russia and China: foundations, prospects and consequences"
        ),
    ])
    func superlativesInBothDirections(_ question: String, _ expected: String) throws {
        #expect(column(try ask(question), "source") == [expected])
    }

    @Test func anOppositeConclusionIsAContradiction() throws {
        let answer = try ask("which article reaches a conclusion opposite to the Undercurrents piece")
        #expect(
            column(answer, "source") == ["Military alliance between Russia and China: foundations, prospects and consequences"])
    }

    @Test func claimsBySideAreClaimsNotVerdicts() throws {
        let answer = try ask("which claims are against an alliance")
        #expect(answer.listing.columns.contains("speaker") && answer.listing.columns.contains("cue"))
        #expect(Set(column(answer, "polarity")) == ["against"])
        #expect(answer.plan?.interpretation == "claims on ru-cn-military-alliance that are against")
    }
}
