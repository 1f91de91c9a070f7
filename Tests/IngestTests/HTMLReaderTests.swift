import Foundation
import Store
import Testing

@testable import Ingest

/// HTML pages of my own, each with the furniture real pages carry: the stored text must be the
/// article and nothing else, with the right metadata, and every offset must hold.
@Suite struct HTMLReaderTests {
    /// A news page: a cookie banner, a site header with a menu, the article (its header with the
    /// headline, byline and date; a figure; a related box inside), a share bar, a sidebar, readers'
    /// comments, a newsletter box, a footer, and JSON-LD in an `@graph` naming its author by `@id`.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Talks between the neighbours stall again | The Daily Planet</title>
        <meta property="og:title" content="Talks stall (og title)">
        <meta property="og:site_name" content="The Daily Planet">
        <meta name="author" content="Meta Author">
        <link rel="canonical" href="https://planet.example/world/talks-stall">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://planet.example/#site", "name": "Planet site"},
          {"@type": "Person", "@id": "https://planet.example/#jane", "name": "Jane Doe"},
          {"@type": ["NewsArticle"], "headline": "Talks between the neighbours stall again",
           "author": [{"@id": "https://planet.example/#jane"}, {"@type": "Person", "name": "John Roe"}],
           "datePublished": "2024-03-11T08:00:00.000Z", "publisher": {"@type": "Organization", "name": "The Daily Planet"},
           "mainEntityOfPage": {"@id": "https://planet.example/world/talks-stall"}}]}
        </script>
        <style>body { font: 16px serif }</style>
        </head><body>
        <div class="gdpr-box"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all</button></div>
        <header class="site-header"><a href="/">The Daily Planet</a>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics news</a></li></ul></nav></header>
        <main>
        <article>
        <header><h1>Talks between the neighbours stall again</h1>
        <p class="byline">By <a rel="author" href="/jane">Jane Doe</a> and John Roe</p>
        <time datetime="2024-03-11">11 March 2024</time></header>
        <figure><img src="/talks.jpg" alt="Delegates"><figcaption>Delegates leave the hall after the second day of talks.</figcaption></figure>
        <div class="article-body">
        <p>The talks between the two neighbours stalled again on Monday, after a week in which both sides said a deal was close.</p>
        <p>Officials in the capital said the dispute over the <a href="/topics/border">border crossings</a>, which has lasted for three years, could not be settled without outside help.<sup>1</sup></p>
        <aside class="related"><h3>Related</h3><ul><li><a href="/a">Earlier talks ended in a quarrel over water</a></li></ul></aside>
        <h2>What comes next</h2>
        <p>Analysts expect a new round in the spring, although few of them think it will go further than the last one.</p>
        <ul><li>A ceasefire line drawn by both armies.</li><li>A joint commission on water rights.</li></ul>
        <p>Read more: <a href="/world/older-talks">Earlier talks</a></p>
        </div>
        <div class="share-bar"><a href="https://twitter.example/share">Share on Twitter</a> <a href="https://facebook.example/share">Share on Facebook</a></div>
        </article>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/b">Storm hits the coast again this week</a></li><li><a href="/c">Markets fall for a third day running</a></li></ul></aside>
        <div class="newsletter"><p>Sign up for our morning briefing and get the top stories every day.</p><form><input type="email"><button>Sign up</button></form></div>
        <section id="comments"><h3>Comments</h3><div class="comment"><p>I have followed these talks for years and nothing ever changes, in my view.</p></div></section>
        </main>
        <footer class="site-footer"><p>© 2024 The Daily Planet. All rights reserved.</p></footer>
        <script>var tracking = "We use cookies"; function go() { return 1; }</script>
        </body></html>
        """

    static let newsText = """
        Talks between the neighbours stall again

        The talks between the two neighbours stalled again on Monday, after a week in which both sides said a deal was close.

        Officials in the capital said the dispute over the border crossings, which has lasted for three years, could not be settled without outside help.

        What comes next

        Analysts expect a new round in the spring, although few of them think it will go further than the last one.

        A ceasefire line drawn by both armies.

        A joint commission on water rights.
        """

    static func read(_ html: String) throws -> NormalizedSource {
        try HTMLReader().read(Array(html.utf8), path: "page.html").source
    }

    @Test func aNewsPageGivesTheArticleAndNothingElse() throws {
        let source = try Self.read(Self.newsPage)
        #expect(source.text == Self.newsText)
        #expect(source.paragraphs.map(\.kind) == [.title, .body, .body, .heading, .body, .listItem, .listItem])
        #expect(source.paragraphs.allSatisfy { $0.page == nil })
        #expect(source.title == "Talks between the neighbours stall again")
        #expect(source.author == "Jane Doe and John Roe")
        #expect(source.published == "2024-03-11T08:00")
        #expect(source.publisher == "The Daily Planet")
        #expect(source.url == "https://planet.example/world/talks-stall")
        let reasons = source.removedLines.map(\.reason)
        for reason in [
            RemovedLine.Reason.script, .cookieBanner, .repeatedTitle, .metadata, .imageCredit,
            .relatedPosts, .shareWidget, .comments, .boilerplateBlock,
        ] {
            #expect(reasons.contains(reason), "no removed line for \(reason): \(source.removedLines)")
        }
        let removedText = source.removedLines.map(\.text).joined(separator: "\n")
        for furniture in [
            "We use cookies to improve", "Politics news", "Share on Twitter", "Storm hits the coast", "nothing ever changes",
            "Sign up for our morning briefing", "All rights reserved", "Read more: Earlier talks",
            "Delegates leave the hall", "By Jane Doe and John Roe",
        ] {
            #expect(removedText.contains(furniture), "\(furniture) is not among the removed lines")
        }
        let link = try #require(source.links.first)
        #expect(link.url == "https://planet.example/topics/border")
        let span = try #require(link.span)
        #expect(
            String(String.UnicodeScalarView(Array(source.text.unicodeScalars)[span.start..<(span.start + span.length)]))
                == "border crossings")
    }

    @Test func openGraphAloneGivesTheMetadata() throws {
        let source = try Self.read(
            """
            <html><head><title>Ignored title - Harbour Review</title>
            <meta property="og:title" content="Harbour talks resume after a pause">
            <meta property="og:site_name" content="Harbour Review"><meta property="og:url" content="https://harbour.example/talks">
            <meta property="article:published_time" content="2023-06-01T12:30:00+02:00">
            <meta property="article:author" content="https://social.example/harbour"><meta property="article:author" content="Ada Brennan">
            </head><body><div id="menu"><a href="/">Home</a> <a href="/news">News</a></div>
            <div class="post"><h1>Harbour talks resume after a pause</h1>
            <p>The harbour talks resumed on Thursday, after a pause of two months that neither side explained.</p>
            <p>Both delegations said they would meet again in July, and that the question of fees remained open.</p></div>
            <div class="foot">Harbour Review, all rights reserved, since the year of its founding.</div></body></html>
            """)
        #expect(
            source.text == """
                Harbour talks resume after a pause

                The harbour talks resumed on Thursday, after a pause of two months that neither side explained.

                Both delegations said they would meet again in July, and that the question of fees remained open.
                """)
        #expect(source.title == "Harbour talks resume after a pause")
        #expect(source.author == "Ada Brennan")
        #expect(source.publisher == "Harbour Review")
        #expect(source.published == "2023-06-01T12:30")
        #expect(source.url == "https://harbour.example/talks")
        #expect(source.removedLines.map(\.reason) == [.navigation, .repeatedTitle, .boilerplateBlock])
    }

    @Test func aBarePageGivesItsTitleAndParagraphs() throws {
        let source = try Self.read(
            """
            <title>Rail line delayed again | Northern Dispatch</title>
            <p>The new rail line will open a year late, the transport office said on Friday.</p>
            <p>It blamed the weather, the suppliers, and a shortage of engineers, in that order.</p>
            """)
        #expect(
            source.text == """
                Rail line delayed again

                The new rail line will open a year late, the transport office said on Friday.

                It blamed the weather, the suppliers, and a shortage of engineers, in that order.
                """)
        #expect(source.title == "Rail line delayed again")
        #expect(source.publisher == "Northern Dispatch")
        #expect(source.author == nil && source.published == nil && source.url == nil)
        #expect(source.removedLines.isEmpty)
    }

    @Test func offsetsHoldOnEverySentenceOfStoredPages() throws {
        let workspace = try IngestWorkspace(copySeeds: false)
        try Data(Self.newsPage.utf8).write(to: workspace.sources.appendingPathComponent("news.html"))
        try Data(
            "<p>Moscow and Beijing \u{201C}say\u{201D} — with caf\u{E9} talk — a pact is unlikely.</p><p>India doubts it.</p>"
                .utf8
        )
        .write(to: workspace.sources.appendingPathComponent("short.htm"))
        let summary = try workspace.ingest()
        #expect(summary.stored == 2 && summary.refusals.isEmpty, "\(summary.refusals)")
        for (table, column) in [("sentences", "t.text"), ("paragraphs", "NULL")] {
            let wrong = try workspace.db.scalar(
                """
                SELECT count(*) FROM \(table) AS t JOIN sources AS s ON s.id = t.source_id
                WHERE length(substr(s.text, t.start + 1, t.length)) <> t.length OR (\(column) IS NOT NULL AND substr(s.text, t.start + 1, t.length) <> \(column))
                """)
            #expect(wrong == .integer(0), "\(table)")
        }
        let links = try workspace.db.rows(
            """
            SELECT l.url, substr(s.text, l.start + 1, l.length) AS anchor FROM source_links AS l JOIN sources AS s ON s.id = l.source_id
            """)
        #expect(links.map { $0.string("anchor") } == ["border crossings"])
        #expect(try workspace.db.scalar("SELECT count(*) FROM paragraphs WHERE page IS NOT NULL") == .integer(0))
    }

    @Test func theEncodingIsTheBytesOrTheDeclarationOrWindows1252() throws {
        let cp1252: [UInt8] =
            Array("<p>A caf".utf8) + [0xE9] + Array(" sells ".utf8) + [0x93] + Array("good".utf8) + [0x94]
            + Array(" coffee, the owner said, and it is open late.</p>".utf8)
        #expect(
            try HTMLReader().read(cp1252, path: "a.html").source.text
                == "A café sells “good” coffee, the owner said, and it is open late.")
        let koi8: [UInt8] =
            Array("<meta charset=\"koi8-r\"><p>".utf8) + [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1]
            + Array(" is Moscow in Russian, the guide said.</p>".utf8)
        let declared = try HTMLReader().read(koi8, path: "b.html")
        #expect(declared.source.text == "Москва is Moscow in Russian, the guide said.")
        #expect(declared.note == "koi8-r (declared)")
        let utf8 = try HTMLReader().read(
            [0xEF, 0xBB, 0xBF] + Array("<p>Déjà vu, the minister said of the new plan.</p>".utf8), path: "c.html")
        #expect(utf8.source.text == "Déjà vu, the minister said of the new plan.")
    }

    @Test func breaksPreformattedTextAndHiddenBlocks() throws {
        let source = try Self.read(
            """
            <div class="entry-content">The first paragraph of an old blog post, written before paragraphs were tags.<br><br>
            The second paragraph, with a line<br>break inside it that is only a break.
            <div style="display: none">A hidden promotion nobody sees on the page.</div>
            <pre>line one of a quoted table
            line two of it</pre></div>
            """)
        #expect(
            source.text == """
                The first paragraph of an old blog post, written before paragraphs were tags.

                The second paragraph, with a line break inside it that is only a break.

                line one of a quoted table

                line two of it
                """)
        #expect(source.removedLines.map(\.reason) == [.boilerplateBlock])
    }

    @Test func aPageWithoutArticleTextIsRefused() {
        #expect(throws: IngestRefusal.self) {
            try Self.read("<html><head><title>Only a title</title><script>x()</script></head><body></body></html>")
        }
        #expect(throws: IngestRefusal.self) { try Self.read("<nav><a href='/'>Home</a><a href='/b'>Blog</a></nav>") }
    }

    @Test(
        arguments: [
            ("Talks stall again | The Daily Planet", ["The Daily Planet"], "Talks stall again", "The Daily Planet"),
            ("Talks stall again - Daily Planet", [], "Talks stall again", "Daily Planet"),
            ("Daily Planet :: Talks between the two stall again", [], "Talks between the two stall again", "Daily Planet"),
            ("Biden says yes - then no", [], "Biden says yes - then no", nil),
            ("Russia - China ties deepen - Daily Planet", [], "Russia - China ties deepen", "Daily Planet"),
        ] as [(String, [String], String, String?)])
    func aTitleLosesTheSiteAroundIt(_ title: String, _ sites: [String], _ expected: String, _ site: String?) {
        let stripped = TitleSuffix.strip(title, siteNames: sites)
        #expect(stripped.title == expected)
        #expect(stripped.site == site)
    }

    @Test func classAndIDWordsAreWholeWords() {
        #expect(BoilerplateHints.words(of: "js-cookieBanner site_footer") == ["js", "cookie", "banner", "site", "footer"])
        #expect(BoilerplateHints.wordHint(["commentary"]) == nil)
        #expect(BoilerplateHints.wordHint(["comments", "area"])?.reason == .comments)
        #expect(BoilerplateHints.wordHint(["article", "header"]) == nil)
        #expect(BoilerplateHints.wordHint(["site", "header"])?.strong == false)
    }

    /// libxml2 keeps 256 levels of elements (its guard against hostile nesting): a page 200 deep is
    /// read whole; one 20,000 deep is answered quickly, without a crash (the text past the limit is
    /// not in libxml2's tree, so that page has none to keep).
    @Test func aDeeplyNestedPageIsReadWithoutRecursion() throws {
        func page(_ depth: Int) -> String {
            String(repeating: "<div>", count: depth)
                + "<p>The innermost paragraph says that the talks will go on, the envoy said.</p>"
                + String(repeating: "</div>", count: depth)
        }
        #expect(try Self.read(page(200)).text == "The innermost paragraph says that the talks will go on, the envoy said.")
        let started = Date()
        #expect(throws: IngestRefusal.self) { try Self.read(page(20_000)) }
        #expect(Date().timeIntervalSince(started) < 20)
    }
}
