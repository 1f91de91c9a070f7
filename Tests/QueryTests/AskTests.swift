import Testing

@testable import Query

/// The question forms of `ask`, on the seeds. Expected answers are our own reading of the articles.
@Suite struct AskTests {
    let skeptical: Set<String> = [
        "SinoRussian Military Alliance",
        "Question of the day: why does Russia need a military alliance with China?",
        "Undercurrents in Russia-China Bonhomie",
    ]
    let foundations = "Military alliance between Russia and China: foundations, prospects and consequences"

    private func ask(_ question: String) throws -> Answer { try Asker(db: try SeedDatabase.open()).ask(question) }

    private func column(_ answer: Answer, _ name: String) -> [String] {
        guard let index = answer.listing.columns.firstIndex(of: name) else { return [] }
        return answer.listing.rows.map { $0[index].plainText }
    }

    @Test(arguments: [
        "which sources call an alliance improbable",
        "Which sources consider an alliance unlikely?",
        "which articles say a military alliance is doubtful",
        "which sources rate a bloc improbable",
        "what sources think a military pact is not likely",
    ])
    func skepticalSourcesAnswerWithTheirVerdictAndEvidence(_ question: String) throws {
        let answer = try ask(question)
        #expect(Set(column(answer, "source")) == skeptical)
        #expect(Set(column(answer, "verdict")) == ["very unlikely", "unlikely"])
        #expect(
            column(answer, "evidence").contains("To sum up, any sort of military alliance between the two is highly improbable."))
        #expect(column(answer, "location").allSatisfy { $0.contains(" @") && $0.contains("+") })
    }

    @Test func highlyImprobableNarrowsToTheStrongestVerdict() throws {
        let answer = try ask("which sources call an alliance highly improbable")
        #expect(column(answer, "source") == ["SinoRussian Military Alliance"])
        #expect(column(answer, "band") == ["0.05-0.20"])
    }

    @Test(arguments: [
        "which sources call an alliance likely", "which sources consider an alliance probable",
        "which sources say an alliance is possible", "which sources are for an alliance",
        "which sources favour a military alliance",
    ])
    func theConfidentSourceAnswers(_ question: String) throws {
        let answer = try ask(question)
        #expect(column(answer, "source") == [foundations])
        #expect(
            column(answer, "evidence") == [
                "So, we can not exclude that this year, at most, in 2022, an official military alliance between Russia and China may well be concluded."
            ])
    }

    @Test func againstFindsTheThreeSkepticalSources() throws {
        let answer = try ask("which sources are against an alliance")
        #expect(Set(column(answer, "source")) == skeptical)
        #expect(Set(column(answer, "polarity")) == ["against"])
    }

    @Test func inevitableHasNoSourceAndSaysWhatIsOnRecord() throws {
        let answer = try ask("which sources call an alliance inevitable")
        #expect(answer.listing.rows.isEmpty)
        #expect(
            answer.notes.first
                == "No answer: there are no sources whose verdict on ru-cn-military-alliance rated inevitable (ICD 203 ranks 7-7)."
        )
        #expect(answer.notes.last?.contains("sino-russian-military-alliance: very unlikely (against)") == true)
    }

    @Test func whoSaysAnAllianceIsPossibleNamesQuotedSpeakersAndAuthors() throws {
        for question in ["who says an alliance is possible", "who says an alliance between Moscow and Beijing is possible"] {
            let answer = try ask(question)
            let speakers = column(answer, "speaker")
            #expect(speakers.contains("Vladimir Putin"), "\(question)")
            #expect(speakers.contains("the author (author)"))
            #expect(
                !speakers.isEmpty
                    && column(answer, "term").allSatisfy {
                        ["roughly even chance", "likely", "very likely", "almost certain"].contains($0)
                    })
            #expect(column(answer, "source").contains(foundations))
        }
    }

    @Test func theMostSkepticalAndMostConfidentSources() throws {
        #expect(column(try ask("what is the most skeptical source"), "source") == ["SinoRussian Military Alliance"])
        #expect(
            column(try ask("Which source is the most pessimistic about an alliance?"), "source") == [
                "SinoRussian Military Alliance"
            ])
        #expect(column(try ask("what is the most optimistic source"), "source") == [foundations])
    }

    @Test func howManyCountsSources() throws {
        let answer = try ask("how many sources call an alliance unlikely")
        #expect(answer.listing.columns == ["sources"])
        #expect(answer.listing.rows == [[.int(3)]])
    }

    @Test func whatTheCorpusSaysAboutAnActorUsesItsAliases() throws {
        let answer = try ask("what does the corpus say about India")
        #expect(answer.listing.rows.count == 4)
        #expect(column(answer, "evidence").allSatisfy { $0.contains("India") })
        let byCapital = try ask("what do the sources say about New Delhi")
        #expect(byCapital.listing.rows.count == 4)
    }

    /// A lexicon actor is found through the alias index alone (`ask` no longer loads every
    /// actor's name), so its canonical name must be one of its aliases, in any case.
    @Test func everyLexiconActorIsFoundByItsCanonicalName() throws {
        let db = try SeedDatabase.open()
        let unaliased = try db.scalar(
            """
            SELECT count(*) FROM actors AS a WHERE a.method = 'lexicon'
            AND NOT EXISTS (SELECT 1 FROM actor_aliases AS l WHERE l.actor_id = a.id AND l.alias = a.name)
            """)
        #expect(unaliased == .integer(0))
        let lowerCase = try ask("what does the corpus say about new delhi")
        #expect(lowerCase.listing.rows.count == 4)
        #expect(column(lowerCase, "evidence").allSatisfy { $0.contains("India") })
    }

    @Test func aQuestionTheCorpusCannotAnswerSaysSoAndListsNothingUnrelated() throws {
        // "weather" is in no sentence: the sentences that merely name Moscow are no answer.
        let answer = try ask("what's the weather in Moscow")
        #expect(answer.listing.rows.isEmpty)
        #expect(
            answer.notes == [
                "Read as an open question asking for what the sentences say, searching sentences for weather, naming Russia.",
                "Nothing in the corpus answers this: no sentence has the words weather.",
            ])
    }

    @Test func aQuestionWithNothingToSearchForFallsBackWithSuggestions() throws {
        let answer = try ask("what is it")
        #expect(answer.plan == nil)
        #expect(
            answer.notes.first
                == "could not understand \"what is it\": no question form matches its words. Questions of these forms work:")
        #expect(answer.listing.rows.isEmpty)
    }

    @Test func explainGivesSQLWithBoundParameters() throws {
        let answer = try ask("which sources call an alliance improbable")
        let plan = try #require(answer.plan)
        #expect(plan.sql.contains("FROM source_verdicts AS v"))
        #expect(plan.arguments == [.text("ru-cn-military-alliance"), .int(1), .int(3), .int(Asker.defaultLimit + 1)])
        #expect(plan.sql.contains("v.proposition_id = ?1") && plan.sql.contains("rank BETWEEN ?2 AND ?3"))
        #expect(plan.interpretation == "sources whose verdict on ru-cn-military-alliance rated improbable (ICD 203 ranks 1-3)")
    }

    @Test func hostileTextIsBoundNotSpliced() throws {
        let answer = try ask("which sources call an alliance improbable'; DROP TABLE sources; --")
        #expect(Set(column(answer, "source")) == skeptical)
        let db = try SeedDatabase.open()
        #expect(try db.scalar("SELECT count(*) FROM sources") == .integer(5))
    }
}
