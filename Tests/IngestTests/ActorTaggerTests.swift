import Testing

@testable import Ingest

/// The matching rules of ActorTagger on sentences of our own.
@Suite struct ActorTaggerTests {
    private func tag(_ string: String) throws -> [String] {
        try ActorFixtures.tag(string).map(\.description)
    }

    @Test(arguments: [
        // Metonyms and adjectives name the state.
        ("Moscow hopes the Kremlin will agree.", ["Russia=\"Moscow\"", "Russia=\"Kremlin\""]),
        ("Chinese troops reached Tashkent.", ["China=\"Chinese\"", "Uzbekistan=\"Tashkent\""]),
        ("Washington and the White House disagree.", ["United States=\"Washington\"", "United States=\"White House\""]),
        // Possessives with ’ and ' and a bare ’ are part of the surface.
        ("Beijing’s and Moscow's plans", ["China=\"Beijing’s\"", "Russia=\"Moscow's\""]),
        ("the Philippines’ claims", ["Philippines=\"Philippines’\""]),
        ("the US’s drive", ["United States=\"US’s\""]),
        // Combining forms and hyphenated pairs name each part.
        ("Sino-Russian and Sino–Indian ties", ["China=\"Sino\"", "Russia=\"Russian\"", "China=\"Sino\"", "India=\"Indian\""]),
        (
            "Russia-China and China-Pakistan trade",
            ["Russia=\"Russia\"", "China=\"China\"", "China=\"China\"", "Pakistan=\"Pakistan\""]
        ),
        ("a SinoRussian bloc", ["China=\"Sino\"", "Russia=\"Russian\""]),
        ("the Russia-led union", ["Russia=\"Russia\""]),
        // Case: acronyms and one-word aliases in their case only.
        ("Let us see what the US and the U.S. Navy do.", ["United States=\"US\"", "United States=\"U.S.\""]),
        ("Xi met Putin; XI is a numeral.", ["Xi Jinping=\"Xi\"", "Vladimir Putin=\"Putin\""]),
        ("fine china and CHINA in a headline", ["China=\"CHINA\""]),
        // Names of several words in any case.
        (
            "in central Asia and Russia's far east",
            ["Central Asia=\"central Asia\"", "Russia=\"Russia's\"", "Russian Far East=\"far east\""]
        ),
        // Longest match first.
        ("the Russian Far East", ["Russian Far East=\"Russian Far East\""]),
        ("the Carnegie Moscow Center says", ["Carnegie Moscow Center=\"Carnegie Moscow Center\""]),
        ("in the South China Sea", ["South China Sea=\"South China Sea\""]),
        ("the China-Pakistan Economic Corridor", ["China-Pakistan Economic Corridor=\"China-Pakistan Economic Corridor\""]),
        ("President Vladimir Putin and Sergei Lavrov", ["Vladimir Putin=\"Vladimir Putin\"", "Sergey Lavrov=\"Sergei Lavrov\""]),
        // No match inside other words.
        ("Prussia sold Chinaware to Russiaville.", [String]()),
        // The West: a bloc with "the"; a bare West or a direction is not.
        (
            "The West and western leaders; its East and West; the western borders",
            ["the West=\"The West\"", "the West=\"western\""]
        ),
        ("post-Soviet space and the Soviet era", ["post-Soviet space=\"post-Soviet space\"", "Soviet Union=\"Soviet\""]),
        ("Defense News and defense news", ["Defense News=\"Defense News\""]),
    ])
    func tagsMentions(_ sentence: String, _ expected: [String]) throws {
        #expect(try tag(sentence) == expected)
    }

    @Test func mentionsCarrySentenceSpanAndAliasKind() throws {
        let lines = SeedLines("Russia acts.\nBeijing’s move worries Americans.")
        let mentions = try ActorFixtures.tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        #expect(
            mentions == [
                ActorMention(sentenceIndex: 0, actor: "Russia", span: TextSpan(start: 0, length: 6), aliasKind: .name),
                ActorMention(sentenceIndex: 1, actor: "China", span: TextSpan(start: 13, length: 9), aliasKind: .metonym),
                ActorMention(sentenceIndex: 1, actor: "United States", span: TextSpan(start: 36, length: 9), aliasKind: .demonym),
            ])
        #expect(lines.text[TextSpan(start: 13, length: 9)] == "Beijing’s")
    }

    @Test func aliasKindsFollowTheLexiconColumns() throws {
        let kinds = try ActorFixtures.tag("Russia, PRC, Putin, Kremlin, Russians, Chinese, Sino").map(\.actor)
        #expect(kinds == ["Russia", "China", "Vladimir Putin", "Russia", "Russia", "China", "China"])
        let lines = SeedLines("Russia, PRC, Putin, Kremlin, Russians, Chinese, Sino")
        let aliasKinds = try ActorFixtures.tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
            .map(\.aliasKind.rawValue)
        #expect(aliasKinds == ["name", "acronym", "short", "metonym", "demonym", "adjective", "adjective"])
    }
}

@Suite struct NegatedCompoundTests {
    @Test(arguments: ["the non-Arctic states", "an anti-Western bloc", "non-Russian speakers"])
    func aNegatedCompoundIsNoMention(_ sentence: String) throws {
        let text = ScalarText(sentence)
        let sentences = [Sentence(paragraphIndex: 0, span: text.fullSpan)]
        let mentions = try ActorFixtures.tagger.mentions(in: text, sentences: sentences, tokens: [Tokenizer.tokenize(text)])
        #expect(mentions.isEmpty)
    }

    @Test func aHyphenatedPairStillNamesBoth() throws {
        let text = ScalarText("the Russia-China partnership and the non-Arctic states")
        let sentences = [Sentence(paragraphIndex: 0, span: text.fullSpan)]
        let mentions = try ActorFixtures.tagger.mentions(in: text, sentences: sentences, tokens: [Tokenizer.tokenize(text)])
        #expect(mentions.map(\.actor) == ["Russia", "China"])
    }
}
