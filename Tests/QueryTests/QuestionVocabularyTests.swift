import Domain
import Testing

@testable import Query

/// The question language's word lists as the parser sees them, read from words.tsv.
@Suite struct QuestionVocabularyTests {
    /// Every ordering word of words.tsv names an order of `Question.Ordering` (none is dropped).
    @Test func everyOrderingWordNamesAnOrder() {
        let rows = WordLists.builtIn.values(.questionOrderingWords)
        #expect(QuestionVocabulary.orderingWords.count == rows.count)
        #expect(QuestionVocabulary.orderingWords["most doubtful"] == .mostSkeptical)
        #expect(QuestionVocabulary.orderingWords["least skeptical"] == .mostConfident)
    }

    /// A relation word maps to its predicates; a word with no predicate asks for any relation.
    @Test func relationWordsKeepWordsWithoutPredicates() {
        #expect(QuestionVocabulary.relationWords["rivalry"] == ["competes_with"])
        #expect(QuestionVocabulary.relationWords["relationship"] == [])
        #expect(QuestionVocabulary.relationWords["borrow"] == nil)
    }

    @Test func mapsAndSetsReadTheirRows() {
        #expect(QuestionVocabulary.likelihoodWords["toss-up"] == "roughly even chance")
        #expect(QuestionVocabulary.polarityWords["rules out"] == "against")
        #expect(QuestionVocabulary.acceptabilityWords["rebutted"] == "out")
        #expect(AdHocProposition.grammar.contains("this"))
        #expect(!AdHocProposition.matterVerbs.contains("alliance"))
    }
}
