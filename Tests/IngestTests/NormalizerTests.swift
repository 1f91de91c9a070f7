import Testing

@testable import Ingest

/// What a seed must normalize to, read off the file by hand.
struct SeedExpectation: Sendable, CustomTestStringConvertible {
    typealias Reason = RemovedLine.Reason
    var slug: String
    var title: String?
    var author: String?
    var publisher: String?
    var published: String?
    /// Every removed line: number, reason, and its text once cleaned (NBSPs and indentation gone).
    var removed: [(Int, Reason, String)]
    /// The first sentence after the title, and the end of the text.
    var firstBody: String
    var lastBody: String
    var testDescription: String { slug }
}

@Suite struct NormalizerTests {
    static let seeds: [SeedExpectation] = [
        SeedExpectation(
            slug: "sino-russian-military-alliance",
            title: "SinoRussian Military Alliance", author: nil, publisher: nil, published: nil,
            removed: [(41, .blankGlyphs, ""), (45, .commentsLink, "Comments")],
            firstBody: "The Russians have many problems with China.",
            lastBody: "However, in the unlikely event that it did happen, it sure would be a global game changer"),
        SeedExpectation(
            slug: "why-russia-needs-military-alliance-with-china",
            title: "Question of the day: why does Russia need a military alliance with China?",
            author: nil, publisher: nil, published: "2020-12-02T16:43",
            removed: [
                (3, .repeatedTitle, "Question of the day: why does Russia need a military alliance with China?"),
                (4, .repeatedTitle, "Question of the day: why does Russia need a military alliance with China?"),
                (5, .metadata, "2 December 2020, 16:43"),
                (42, .typoPrompt, "Found a typo in the text? Select it and press ctrl + enter"),
            ],
            firstBody: "Moscow is trying to use the theme of military rapprochement with Beijing",
            lastBody: "without spoiling relations with Beijing, ”the expert concludes."),
        SeedExpectation(
            slug: "military-alliance-foundations-prospects",
            title: "Military alliance between Russia and China: foundations, prospects and consequences",
            author: nil, publisher: nil, published: "2021-02-09",
            removed: [
                (4, .metadata, "Админ's picture"),
                (5, .metadata, "account_circleАдминaccess_time09 Feb 2021"),
                (5, .viewCounter, "remove_red_eye740"),
                (6, .printWidget, "print 9 2 2021"),
                (42, .rating, "Average: 5 (7 votes)"),
            ],
            firstBody: "The worst dream of American generals is close to becoming a reality\n\nOn February 4th, 2021,",
            lastBody: "an official military alliance between Russia and China may well be concluded."),
        SeedExpectation(
            slug: "between-partnership-and-competition",
            title: "China and Russia: between partnership and competition",
            author: "Perizat RISBEK KIZI", publisher: nil, published: nil,
            removed: [
                (3, .metadata, "Perizat RISBEK KIZI"),
                (23, .relatedPosts, "Related posts"),
                (25, .relatedPosts, "The Security Relations Between EU and Southeast Asian Nations"),
                (27, .relatedPosts, "Four-Nation Grouping: The First I2U2 Summit"),
                (29, .relatedPosts, "Dynamically developing relations between Uzbekistan and Turkmenistan"),
            ],
            firstBody: "Many experts see relations between China and Russia either as a de facto alliance",
            lastBody: "while Beijing’s economic dependence on Moscow is practically not growing."),
        SeedExpectation(
            slug: "undercurrents-russia-china-bonhomie",
            title: "Undercurrents in Russia-China Bonhomie",
            author: nil, publisher: "Valerio Fabbri's Blog", published: "2021-12-17",
            removed: [
                (1, .siteName, "Valerio Fabbri's Blog"),
                (5, .metadata, "December 17, 2021"),
                (6, .printWidget, "Print"),
                (10, .imageFile, "fgpsymhxwaiwqqo.jpg"),
                (12, .imageCredit, "Source: tamilguardian.com"),
                (32, .shareWidget, "Share this article"),
                (34, .poll, "Poll conducted"),
                (36, .poll, "1. In your opinion, what are the US long-term goals for Russia?"),
                (
                    37, .poll,
                    "U.S. wants to establish partnership relations with Russia on condition that it meets the U.S. requirements"
                ),
                (38, .poll, "33 (31%)"),
                (39, .poll, "U.S. wants to deter Russia’s military and political activity"),
                (40, .poll, "30 (28%)"),
                (41, .poll, "U.S. wants to dissolve Russia"),
                (42, .poll, "24 (22%)"),
                (43, .poll, "U.S. wants to establish alliance relations with Russia under the US conditions to rival China"),
                (44, .poll, "21 (19%)"),
                (45, .navigation, "For business"),
                (46, .navigation, "For researchers"),
                (47, .navigation, "For students"),
            ],
            firstBody:
                "The relations between Russia and China find many convergences, yet their bilateral ties are pragmatic rather than ideological.",
            lastBody: "is just a framework for dialogue, quite far from framing a strategic alliance."),
    ]

    private func normalize(_ slug: String) throws -> NormalizedSource {
        Normalizer().normalize(try SeedCorpus.raw(slug), fileName: slug + ".txt")
    }

    @Test(arguments: seeds)
    func seedMetadata(_ seed: SeedExpectation) throws {
        let source = try normalize(seed.slug)
        #expect(source.title == seed.title)
        #expect(source.author == seed.author)
        #expect(source.publisher == seed.publisher)
        #expect(source.published == seed.published)
        #expect(source.url == nil)  // no seed states its own address
    }

    @Test(arguments: seeds)
    func seedChromeIsRemovedAndRecorded(_ seed: SeedExpectation) throws {
        let source = try normalize(seed.slug)
        let removed = source.removedLines.map { ($0.lineNumber, $0.reason, LineCleaner.clean($0.text).text) }
        #expect(removed.map(\.0) == seed.removed.map(\.0))
        #expect(removed.map(\.1) == seed.removed.map(\.1))
        #expect(removed.map(\.2) == seed.removed.map(\.2))
        // The recorded text is the raw line as the file has it.
        let rawLines = RawLines.split(try SeedCorpus.raw(seed.slug))
        for line in source.removedLines where line.reason != .viewCounter && line.lineNumber != 5 {
            #expect(rawLines[line.lineNumber - 1] == line.text)
        }
        // Nothing removed is left in the text.
        for (_, _, text) in seed.removed where text.count > 3 && text != seed.title {
            #expect(!source.text.contains(text), "\(text)")
        }
    }

    @Test(arguments: seeds)
    func seedArticleIsKeptWhole(_ seed: SeedExpectation) throws {
        let source = try normalize(seed.slug)
        let title = try #require(seed.title)
        #expect(source.text.hasPrefix(title + "\n\n" + seed.firstBody))
        #expect(source.text.hasSuffix(seed.lastBody))
        #expect(source.paragraphs.first?.kind == .title)
        #expect(source.paragraphs.filter { $0.kind == .title }.count == 1)
    }

    @Test(arguments: SeedCorpus.slugs)
    func paragraphSpansTileTheText(_ slug: String) throws {
        let source = try normalize(slug)
        let text = ScalarText(source.text)
        var rebuilt: [String] = []
        for paragraph in source.paragraphs {
            let piece = text[paragraph.span]
            #expect(!piece.isEmpty)
            #expect(text.trimmed(paragraph.span) == paragraph.span, "untrimmed: \(piece)")
            rebuilt.append(piece)
        }
        #expect(rebuilt.joined(separator: "\n\n") == source.text)
        #expect(!source.text.unicodeScalars.contains("\u{00A0}"))
        #expect(!source.text.contains("  "))
    }

    @Test func seedParagraphKinds() throws {
        let between = try normalize("between-partnership-and-competition")
        let text = ScalarText(between.text)
        let headings = between.paragraphs.filter { $0.kind == .heading }.map { text[$0.span] }
        #expect(headings == ["Strengthening China-Russia Bilateral Partnership", "How strong is the partnership?"])
        #expect(
            between.paragraphs.map(\.kind.rawValue).joined(separator: " ")
                == "title body body heading body body heading body body body")

        let sino = try normalize("sino-russian-military-alliance")
        let sinoText = ScalarText(sino.text)
        let items = sino.paragraphs.filter { $0.kind == .listItem }.map { String(sinoText[$0.span].prefix(24)) }
        #expect(
            items == [
                "Are presided over by str", "Share a hatred of the we", "Both share almost the sa",
                "I. Increasing Chinese do", "II. Russian softpower in", "III. Geo-political impor",
                "IV. Lack of Intelligence", "V. Russian Far East —The", "Russia views Indian capi",
            ])
        // NBSPs inside lines became spaces; the text's own typos and spacing quirks stay.
        #expect(sino.text.contains("I. Increasing Chinese dominance in Central Asia- Russia views the area as it's backyard."))
        #expect(sino.text.contains("same type of government , with a veneer"))
    }

    @Test func seedLinksCarrySpans() throws {
        let sino = try normalize("sino-russian-military-alliance")
        let url = "https://www.opendemocracy.net/en/odr/china-central-asia-soft-power-language/"
        let link = try #require(sino.links.first)
        #expect(sino.links.count == 1)
        #expect(link.url == url)
        let span = try #require(link.span)
        #expect(ScalarText(sino.text)[span] == url)
    }

    // MARK: - Made-up pages: the rules are not about the seeds

    @Test func otherSiteChromeWithCRLFAndNBSP() {
        let raw = [
            "Eurasia Review",
            "",
            "Kazakhstan\u{00A0}Weighs  Its Options",
            "By Jane Doe | Feb 9, 2021",
            "IMG_2041.JPG",
            "Photo: Reuters",
            "",
            "Astana has long\u{00A0}balanced Moscow and Beijing.\u{200B} Officials say the balance holds.   ",
            "",
            "Main risks",
            "• Trade dependence",
            "▪ Migration",
            "",
            "Read also: Why the Steppe Matters",
            "",
            "The U.S. has watched closely.",
            "",
            "Share on Facebook",
            "Tweet",
            "3 Comments",
            "Views: 1,204",
            "Home | About us | Contact",
            "© 2023 Example Media. All rights reserved.",
        ].joined(separator: "\r\n")
        let source = Normalizer().normalize(raw, fileName: "kz.txt")
        #expect(source.publisher == "Eurasia Review")
        #expect(source.title == "Kazakhstan Weighs Its Options")
        #expect(source.author == "Jane Doe")
        #expect(source.published == "2021-02-09")
        #expect(
            source.text == """
                Kazakhstan Weighs Its Options

                Astana has long balanced Moscow and Beijing. Officials say the balance holds.

                Main risks

                Trade dependence

                Migration

                The U.S. has watched closely.
                """)
        #expect(source.paragraphs.map(\.kind) == [.title, .body, .heading, .listItem, .listItem, .body])
        #expect(source.removedLines.map(\.lineNumber) == [1, 4, 5, 6, 14, 18, 19, 20, 21, 22, 23])
        #expect(
            source.removedLines.map(\.reason) == [
                .siteName, .metadata, .imageFile, .imageCredit, .relatedPosts, .shareWidget, .shareWidget,
                .commentsLink, .viewCounter, .navigation, .navigation,
            ])
        #expect(source.removedLines[1].text == "By Jane Doe | Feb 9, 2021")
    }

    @Test func pollWithoutPercentagesAndGluedRating() {
        let raw = """
            Will the Treaty Hold?

            Most analysts think the treaty will be renewed. Few expect a rupture.Average: 4.5 (12 votes)

            Quick poll
            Will Moscow sign a new treaty?
            Yes
            12 votes
            No
            30 votes
            """
        let source = Normalizer().normalize(raw, fileName: "poll.txt")
        #expect(source.text == "Will the Treaty Hold?\n\nMost analysts think the treaty will be renewed. Few expect a rupture.")
        #expect(source.removedLines.map(\.reason) == [.rating, .poll, .poll, .poll, .poll, .poll, .poll])
        #expect(source.removedLines[0] == RemovedLine(lineNumber: 3, text: "Average: 4.5 (12 votes)", reason: .rating))
        #expect(source.published == nil)
        #expect(source.author == nil)
    }

    @Test func proseAboutChromeWordsStays() {
        let raw = """
            Markets React

            Share prices fell after the print edition closed, and comments from the ministry did not help.
            Print
            Share
            """
        let source = Normalizer().normalize(raw, fileName: "x.txt")
        #expect(
            source.text
                == "Markets React\n\nShare prices fell after the print edition closed, and comments from the ministry did not help."
        )
        #expect(source.removedLines.map(\.reason) == [.printWidget, .shareWidget])
    }

    @Test func neverInventsMetadata() {
        let raw =
            "This page has no headline and starts straight away with a sentence that runs for a while.\n\nA second paragraph follows."
        let source = Normalizer().normalize(raw, fileName: "Some Title From The File Name.txt")
        #expect(source.title == nil)
        #expect(source.author == nil)
        #expect(source.publisher == nil)
        #expect(source.published == nil)
        #expect(source.removedLines.isEmpty)
        #expect(source.paragraphs.map(\.kind) == [.body, .body])
        #expect(source.text == raw)
    }

    @Test func unicodeIsComposedAndInvisiblesGo() {
        let raw =
            "Cafe\u{0301} Diplomacy\n\nThe caf\u{00E9}\u{00AD}s of\u{2060} Almaty\tare full.\u{FEFF}\r\rTwo\u{2003}spaces  here."
        let source = Normalizer().normalize(raw, fileName: "x.txt")
        #expect(source.title == "Café Diplomacy")
        #expect(source.text == "Café Diplomacy\n\nThe cafés of Almaty are full.\n\nTwo spaces here.")
        #expect(source.text.unicodeScalars.count == 63)
    }

    @Test func wrappedLinesJoinAndEnumerationsAreListItems() {
        let raw = """
            Three Reasons

            The first reason is one that
            continues on the next line.
            1. Energy exports.
            2) Arms sales.
            - A dash item
            (a) A lettered item
            """
        let source = Normalizer().normalize(raw, fileName: "x.txt")
        let text = ScalarText(source.text)
        #expect(
            source.paragraphs.map { text[$0.span] } == [
                "Three Reasons", "The first reason is one that continues on the next line.", "1. Energy exports.",
                "2) Arms sales.", "A dash item", "(a) A lettered item",
            ])
        #expect(source.paragraphs.map(\.kind) == [.title, .body, .listItem, .listItem, .listItem, .listItem])
    }

    @Test func linksKeptAndRemovedAndOwnURL() throws {
        let raw = """
            Pipeline Politics

            See https://example.org/report (page 4) and www.example.com/data.
            Originally published at https://news.example.net/pipeline-politics
            Photo: https://cdn.example.net
            """
        let source = Normalizer().normalize(raw, fileName: "x.txt")
        #expect(source.url == "https://news.example.net/pipeline-politics")
        #expect(
            source.links.map(\.url) == [
                "https://example.org/report", "www.example.com/data", "https://news.example.net/pipeline-politics",
                "https://cdn.example.net",
            ])
        let text = ScalarText(source.text)
        let first = try #require(source.links[0].span)
        let second = try #require(source.links[1].span)
        #expect(text[first] == "https://example.org/report")
        #expect(text[second] == "www.example.com/data")
        #expect(source.links[2].span == nil)
        #expect(source.links[3].span == nil)
    }

    @Test func bylineWidgetWithOtherIcons() {
        let raw =
            "Steppe Security\n\npersonIvan Petrovschedule3 March 2022chat_bubble_outline12\n\nThe region is calm for now. Nobody expects that to last."
        let source = Normalizer().normalize(raw, fileName: "x.txt")
        #expect(source.author == "Ivan Petrov")
        #expect(source.published == "2022-03-03")
        #expect(
            source.removedLines == [
                RemovedLine(lineNumber: 3, text: "personIvan Petrovschedule3 March 2022", reason: .metadata),
                RemovedLine(lineNumber: 3, text: "chat_bubble_outline12", reason: .commentsLink),
            ])
    }

    @Test func docExample() {
        let source = Normalizer().normalize(
            "Title\n\nBy Jane Doe\n\nFirst sentence.\n\nShare this article", fileName: "example.txt")
        #expect(source.title == "Title")
        #expect(source.author == "Jane Doe")
        #expect(source.text == "Title\n\nFirst sentence.")
        #expect(
            source.removedLines == [
                RemovedLine(lineNumber: 3, text: "By Jane Doe", reason: .metadata),
                RemovedLine(lineNumber: 7, text: "Share this article", reason: .shareWidget),
            ])
    }

    @Test func emptyAndChromeOnlyInputs() {
        let empty = Normalizer().normalize("", fileName: "empty.txt")
        #expect(empty.text == "")
        #expect(empty.paragraphs.isEmpty)
        #expect(empty.title == nil)

        let chrome = Normalizer().normalize("\u{00A0}\u{00A0}\n•\nComments\n", fileName: "chrome.txt")
        #expect(chrome.text == "")
        #expect(chrome.removedLines.map(\.reason) == [.blankGlyphs, .blankGlyphs, .commentsLink])
    }
}

@Suite struct GenericAccountTests {
    @Test(arguments: ["By admin", "By Administrator", "Posted by Staff"])
    func aGenericAccountIsNoAuthor(_ byline: String) {
        let source = Normalizer().normalize(
            "A Headline About Trade\n\(byline)\n\nThe two countries signed a deal on Monday.\n", fileName: "x.txt")
        #expect(source.author == nil)
        #expect(source.removedLines.contains { $0.text == byline && $0.reason == .metadata })
    }

    @Test func aNamedBylineIsTheAuthor() {
        let source = Normalizer().normalize(
            "A Headline About Trade\nBy Jane Doe\n\nThe two countries signed a deal on Monday.\n", fileName: "x.txt")
        #expect(source.author == "Jane Doe")
    }
}

@Suite struct RawLinesTests {
    /// Every line terminator the normalizer knows, as UTF-8 bytes: LF, CR, CRLF, NEL, LS, PS; a
    /// final terminator opens no empty line, and inner empty lines stay.
    @Test func splitsOnEveryTerminator() {
        #expect(RawLines.split("a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g\n") == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(RawLines.split("a\r\r\nb\n\nc") == ["a", "", "b", "", "c"])
        #expect(RawLines.split("“Да”, ‘ok’\u{2028}é") == ["“Да”, ‘ok’", "é"])
        #expect(RawLines.split("") == [])
        #expect(RawLines.split("\n") == [""])
    }

    @Test func lexicalWordsLowerCaseAndSplitOnEverythingElse() {
        #expect(LineShape.lexicalWords("Share THIS article: 33 (31%)") == ["share", "this", "article", "33", "31"])
        #expect(LineShape.lexicalWords("ПРОСМОТРОВ Élysée-Palace") == ["просмотров", "élysée", "palace"])
    }

    @Test func cleaningCollapsesSpacesAndDropsInvisibles() {
        #expect(LineCleaner.clean("  a\t b\u{00A0}c\u{200B}d  ") == CleanLine(text: "a b cd", hadBullet: false))
        #expect(LineCleaner.clean("Plain ASCII line.") == CleanLine(text: "Plain ASCII line.", hadBullet: false))
        #expect(LineCleaner.clean("- item") == CleanLine(text: "item", hadBullet: true))
        #expect(LineCleaner.clean("• “quoted”") == CleanLine(text: "“quoted”", hadBullet: true))
    }
}

@Suite struct LinkFinderTests {
    @Test func findsAddressesOnlyWhereTheyCanBe() {
        #expect(LinkFinder.mayHoldURL("See HTTPS://example.org") && LinkFinder.mayHoldURL("visit Www.kremlin.ru"))
        #expect(!LinkFinder.mayHoldURL("Russia and China are not allies.") && !LinkFinder.mayHoldURL("ww"))
        #expect(
            LinkFinder.urls(in: "See https://example.org/a-b. Then “www.x.ru”.").map(\.url)
                == ["https://example.org/a-b", "www.x.ru"])
        #expect(LinkFinder.urls(in: "The whittled whatnot").isEmpty)
    }
}
