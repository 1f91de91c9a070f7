import Foundation
import Store
import Testing

@testable import Query

/// `argkb map`: the argument graph of the seeds in DOT, AIF JSON, Argdown and JSON.
@Suite struct MapTests {
    private func count(_ db: Database, _ sql: String, _ arguments: [any DatabaseBindable] = []) throws -> Int {
        try db.scalar(sql, arguments)?.int ?? -1
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// An attack link across sources, as the seeds have (the likely verdict against the skeptics).
    private func acrossSourcesAttack(_ db: Database) throws -> (id: Int, from: Int, to: Int) {
        let row = try #require(
            try db.rows(
                """
                SELECT id, from_claim_id, to_claim_id FROM argument_links
                WHERE link_type = 'attacks' AND scope = 'across_sources' ORDER BY id LIMIT 1
                """
            ).first)
        return (row.int("id") ?? 0, row.int("from_claim_id") ?? 0, row.int("to_claim_id") ?? 0)
    }

    @Test func theCorpusGraphHasEveryClaimAndEveryLink() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        #expect(graph.claims.count == (try count(db, "SELECT count(*) FROM claims")))
        #expect(graph.links.count == (try count(db, "SELECT count(*) FROM argument_links")))
        #expect(graph.links.count > 20)
        #expect(graph.sources.count == 5)
        // Each node's text is its offsets into the source text.
        for claim in graph.claims.prefix(40) {
            let text = try db.scalar(
                "SELECT substr(text, ? + 1, ?) FROM sources WHERE id = ?",
                [claim.start, claim.length, claim.sourceID])?.string
            #expect(text == claim.text)
        }
    }

    @Test func aGraphTooLargeToDrawIsSummarizedToItsConclusions() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        #expect(graph.summarized().note == nil)  // the seeds' map is drawn whole
        let conclusions = graph.claims.filter { $0.propositionID != nil && $0.role == "conclusion" }
        let (small, note) = graph.summarized(claimLimit: conclusions.count + 5, linkLimit: 400)
        #expect(small.claims.count == conclusions.count + 5)
        // Every conclusion on a proposition is kept; the rest are claims on a proposition.
        #expect(Set(conclusions.map(\.id)).isSubset(of: Set(small.claims.map(\.id))))
        #expect(small.claims.allSatisfy { $0.propositionID != nil })
        let ids = Set(small.claims.map(\.id))
        #expect(small.links.allSatisfy { ids.contains($0.from) && ids.contains($0.to) })
        #expect(Set(small.sources.map(\.id)) == Set(small.claims.map(\.sourceID)))
        #expect(note?.contains("The map is too large to draw (\(graph.claims.count) claims") == true)
        // Fewer places than conclusions: the author's come first.
        let three = graph.summarized(claimLimit: 3, linkLimit: 400).graph
        #expect(three.claims.count == 3 && three.claims.allSatisfy { $0.role == "conclusion" && $0.speakerName == nil })
    }

    @Test func inlineSVGDropsTheHeaderAndEveryCommentInOnePass() {
        let comments = (0..<20_000).map { "<!-- node \($0) --><g id=\"n\($0)\"/>" }.joined()
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg>" + comments + "<!-- unclosed"
        let inlined = Graphviz.inlineSVG(svg)
        #expect(inlined.hasPrefix("<svg><g id=\"n0\"/><g id=\"n1\"/>"))
        #expect(!inlined.contains("<!--"))
        #expect(inlined.hasSuffix("<g id=\"n19999\"/>"))
        #expect(Graphviz.firstLine("Error: trouble in init_rank\nlost edge 1\nlost edge 2") == "Error: trouble in init_rank")
    }

    @Test func aSourceMapHoldsItsClaimsAndTheClaimsLinkedFromElsewhere() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .source("sino-russian-military-alliance"))
        let sourceID = try count(db, "SELECT id FROM sources WHERE slug = 'sino-russian-military-alliance'")
        let own = try count(db, "SELECT count(*) FROM claims WHERE source_id = ?", [sourceID])
        let expectedNodes = try count(
            db,
            """
            WITH core AS (SELECT id FROM claims WHERE source_id = ?1),
                 edges AS (SELECT * FROM argument_links WHERE from_claim_id IN core OR to_claim_id IN core)
            SELECT count(*) FROM (SELECT id FROM core UNION SELECT from_claim_id FROM edges UNION SELECT to_claim_id FROM edges)
            """, [sourceID])
        #expect(graph.claims.count == expectedNodes)
        #expect(graph.claims.filter { $0.sourceID == sourceID }.count == own)
        #expect(
            graph.links.count
                == (try count(
                    db,
                    """
                    SELECT count(*) FROM argument_links
                    WHERE from_claim_id IN (SELECT id FROM claims WHERE source_id = ?1)
                       OR to_claim_id IN (SELECT id FROM claims WHERE source_id = ?1)
                    """, [sourceID])))
        // The source's conclusion is attacked from another source: that claim is drawn too.
        #expect(graph.links.contains { $0.scope == "across_sources" })
        #expect(graph.sources.count > 1)
        #expect(
            graph.claims.contains { $0.text == "To sum up, any sort of military alliance between the two is highly improbable." })
    }

    @Test func aPropositionMapHoldsTheClaimsOnItAndTheirReasons() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .proposition("ru-cn-military-alliance"))
        let onProposition = Set(
            try db.rows("SELECT id FROM claims WHERE proposition_id = 'ru-cn-military-alliance'")
                .compactMap { $0.int("id") })
        #expect(onProposition.isSubset(of: Set(graph.claims.map(\.id))))
        #expect(graph.claims.count > onProposition.count)  // the reasons come along
        #expect(graph.links.allSatisfy { onProposition.contains($0.from) || onProposition.contains($0.to) })
        #expect(throws: QueryError.self) { try ArgumentGraph.load(db, scope: .proposition("no-such-question")) }
        #expect(throws: QueryError.self) { try ArgumentGraph.load(db, scope: .source("no-such-source")) }
    }

    @Test func aifHasTheNodeAndEdgeTypesOfTheFormat() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        let aif = try json(AIFWriter.write(graph))
        let nodes = try #require(aif["nodes"] as? [[String: Any]])
        let edges = try #require(aif["edges"] as? [[String: Any]])
        let locutions = try #require(aif["locutions"] as? [[String: Any]])
        var typeOf: [String: String] = [:]
        for node in nodes {
            let id = try #require(node["nodeID"] as? String)
            typeOf[id] = try #require(node["type"] as? String)
            #expect(node["text"] is String)
            #expect(node["timestamp"] is String)
        }
        #expect(typeOf.count == nodes.count)  // node ids are unique
        #expect(Set(typeOf.values).isSubset(of: ["I", "L", "YA", "RA", "CA", "MA"]))
        let claims = try count(db, "SELECT count(*) FROM claims")
        func typed(_ type: String) -> Int { typeOf.values.filter { $0 == type }.count }
        #expect(typed("I") == claims)
        #expect(typed("L") == claims)
        #expect(typed("YA") == claims)
        #expect(typed("RA") == (try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'supports'")))
        #expect(typed("CA") == (try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'attacks'")))
        #expect(typed("MA") == (try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'rephrases'")))
        // Edges: AIFdb's fields, both ends exist, and the AIF shape: I -> S -> I, L -> YA -> I.
        var incoming: [String: [String]] = [:], outgoing: [String: [String]] = [:]
        for edge in edges {
            #expect(edge["edgeID"] is String)
            #expect(edge["formEdgeID"] is NSNull)
            let from = try #require(edge["fromID"] as? String), to = try #require(edge["toID"] as? String)
            #expect(typeOf[from] != nil && typeOf[to] != nil)
            outgoing[from, default: []].append(to)
            incoming[to, default: []].append(from)
        }
        #expect(edges.count == 2 * claims + 2 * graph.links.count)
        for (id, type) in typeOf {
            switch type {
            case "RA", "CA", "MA":
                #expect((incoming[id] ?? []).map { typeOf[$0] } == ["I"])
                #expect((outgoing[id] ?? []).map { typeOf[$0] } == ["I"])
            case "YA":
                #expect((incoming[id] ?? []).map { typeOf[$0] } == ["L"])
                #expect((outgoing[id] ?? []).map { typeOf[$0] } == ["I"])
            default: break
            }
        }
        // A known attack across sources: I(from) -> CA(link) -> I(to).
        let attack = try acrossSourcesAttack(db)
        #expect(outgoing["I\(attack.from)"]?.contains("CA\(attack.id)") == true)
        #expect(outgoing["CA\(attack.id)"] == ["I\(attack.to)"])
        // Locutions: one per claim, on its L-node, with its participant and location.
        #expect(locutions.count == claims)
        let participants = Set(
            try #require(aif["participants"] as? [[String: Any]]).compactMap { $0["participantID"] as? String })
        for locution in locutions {
            let node = try #require(locution["nodeID"] as? String)
            #expect(typeOf[node] == "L")
            #expect(participants.contains(try #require(locution["personID"] as? String)))
            #expect((locution["source"] as? String)?.contains(" @") == true)
            #expect(locution["offset"] is Int && locution["length"] is Int)
        }
    }

    @Test func aifSaysWhoSpeaks() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .source("why-russia-needs-military-alliance-with-china"))
        let aif = try json(AIFWriter.write(graph))
        let nodes = try #require(aif["nodes"] as? [[String: Any]])
        let putin = try #require(graph.claims.first { $0.text.contains("we are not going to rule it out") })
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0["nodeID"] as? String ?? "", $0) })
        #expect(byID["L\(putin.id)"]?["text"] as? String == "Vladimir Putin: " + putin.text)
        #expect(byID["YA\(putin.id)"]?["text"] as? String == "Reporting")
        let author = try #require(graph.claims.first { $0.speakerName == nil })
        #expect(byID["YA\(author.id)"]?["text"] as? String == "Asserting")
        #expect(
            (byID["L\(author.id)"]?["text"] as? String)?.hasPrefix("author of why-russia-needs-military-alliance-with-china: ")
                == true)
    }

    @Test func dotHasANodePerClaimAnEdgePerLinkAndColoursByType() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        let dot = DotWriter.write(graph)
        let lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let nodeLines = lines.filter { $0.range(of: #"^c\d+ \["#, options: .regularExpression) != nil }
        let edgeLines = lines.filter { $0.range(of: #"^c\d+ -> c\d+ \["#, options: .regularExpression) != nil }
        #expect(nodeLines.count == graph.claims.count)
        #expect(edgeLines.count == (try count(db, "SELECT count(*) FROM argument_links")))
        #expect(lines.filter { $0.hasPrefix("subgraph cluster_s") }.count == 5)
        let attack = try acrossSourcesAttack(db)
        let attackLine = try #require(edgeLines.first { $0.hasPrefix("c\(attack.from) -> c\(attack.to) [") })
        #expect(attackLine.contains("color=\"#c62828\""))
        #expect(attackLine.contains("arrowhead=tee"))
        let support = try #require(
            try db.rows("SELECT from_claim_id, to_claim_id FROM argument_links WHERE link_type = 'supports' LIMIT 1").first)
        let supportLine = try #require(
            edgeLines.first {
                $0.hasPrefix("c\(support.int("from_claim_id") ?? 0) -> c\(support.int("to_claim_id") ?? 0) [")
            })
        #expect(supportLine.contains("color=\"#2e7d32\""))
        #expect(dot.contains("— Vladimir Putin · roughly even chance 0.45-0.55"))
    }

    @Test(
        .enabled(
            if: Graphviz.find() != nil, "Graphviz dot is not installed: the DOT is not checked with dot (make deps installs it)"))
    func dotItselfRendersTheMapWithEveryNodeAndEdge() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        let graphviz = try #require(Graphviz.find())
        let svg = try graphviz.render(DotWriter.write(graph))
        #expect(svg.contains("<svg"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == graph.claims.count)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == graph.links.count)
        #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 == graph.sources.count)
        // `dot -Tcanon` reads it back: the DOT is well formed.
        #expect(try graphviz.render(DotWriter.write(graph), format: "canon").hasPrefix("digraph argkb {"))
    }

    /// A two-claim graph whose text holds everything the formats must escape.
    private var hostileGraph: ArgumentGraph {
        func claim(_ id: Int, _ text: String, speaker: String?) -> GraphClaim {
            GraphClaim(
                id: id, sourceID: 1, sourceSlug: "s", sourceTitle: "A \"quoted\" <title> & [more]", published: nil,
                speakerName: speaker, speakerActor: nil, claimType: "assessment", role: "premise",
                propositionID: nil, polarity: "against", likelihoodTerm: "unlikely", pLow: 0.2, pHigh: 0.45,
                cue: nil, context: "asserted", method: "rule", confidence: 0.5, acceptability: nil, start: 0,
                length: text.count, text: text, sentenceID: 1, sentence: text)
        }
        return ArgumentGraph(
            scope: .corpus,
            sources: [GraphSource(id: 1, slug: "s", title: "A \"quoted\" <title> & [more]", author: nil, published: nil)],
            claims: [
                claim(1, #"He said "no" \ to [c2] <b>bold</b> & #tag {x}"#, speaker: "O'Brien"), claim(2, "Plain.", speaker: nil),
            ],
            links: [GraphLink(id: 1, from: 1, to: 2, type: "rephrases", scope: "within_source", cue: "\"same\"", method: "rule")])
    }

    @Test func formatsEscapeWhatTheTextHolds() throws {
        let graph = hostileGraph
        let dot = DotWriter.write(graph)
        #expect(dot.contains(#"He said \"no\" \\ to [c2]"#))
        if let graphviz = Graphviz.find() {
            let svg = try graphviz.render(dot)
            #expect(svg.contains("&quot;no&quot;") || svg.contains("\"no\""))
            #expect(svg.contains("&lt;b&gt;bold&lt;/b&gt; &amp;"))
        }
        let aif = try json(AIFWriter.write(graph))
        let texts = try #require(aif["nodes"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(texts.contains(#"He said "no" \ to [c2] <b>bold</b> & #tag {x}"#))
        #expect(texts.contains("Default Rephrase"))
        let argdown = ArgdownWriter.write(graph)
        #expect(argdown.contains("[c1]: He said \"no\" \\ to (c2) ‹b›bold‹/b› & ＃tag (x) — O'Brien, unlikely 0.20-0.45 #against"))
        #expect(argdown.contains("# A \"quoted\" ‹title› & (more) (undated)"))
        let plain = try json(GraphJSONWriter.write(graph))
        #expect((plain["edges"] as? [[String: Any]])?.first?["cue"] as? String == "\"same\"")
    }

    @Test func argdownHasAStatementPerClaimAndARelationPerLink() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .corpus)
        let text = ArgdownWriter.write(graph)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.range(of: #"^\[c\d+\]: "#, options: .regularExpression) != nil }.count == graph.claims.count)
        let rephrases = try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'rephrases'")
        #expect(
            lines.filter { $0.hasPrefix("  +> [c") }.count
                == (try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'supports'")) + 2 * rephrases)
        #expect(
            lines.filter { $0.hasPrefix("  -> [c") }.count
                == (try count(db, "SELECT count(*) FROM argument_links WHERE link_type = 'attacks'")))
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 5)
        // The attack across sources sits under its attacker.
        let attack = try acrossSourcesAttack(db)
        let start = try #require(lines.firstIndex { $0.hasPrefix("[c\(attack.from)]: ") })
        let block = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        #expect(block.contains("  -> [c\(attack.to)]"))
        #expect(
            text.contains(
                "To sum up, any sort of military alliance between the two is highly improbable. — author, very unlikely 0.05-0.20 #against"
            ))
    }

    @Test func plainJSONCarriesEveryField() throws {
        let db = try SeedDatabase.open()
        let graph = try ArgumentGraph.load(db, scope: .proposition("ru-cn-military-alliance"))
        let object = try json(GraphJSONWriter.write(graph))
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == graph.claims.count)
        #expect(edges.count == graph.links.count)
        let conclusion = try #require(nodes.first { ($0["text"] as? String)?.hasPrefix("To sum up, any sort") == true })
        #expect(conclusion["likelihood_term"] as? String == "very unlikely")
        #expect(conclusion["p_low"] as? Double == 0.05)
        #expect(conclusion["speaker"] as? String == "author")
        #expect(conclusion["proposition"] as? String == "ru-cn-military-alliance")
        #expect((conclusion["location"] as? String)?.hasPrefix("sino-russian-military-alliance @") == true)
        #expect(Set(edges.compactMap { $0["type"] as? String }).isSubset(of: ["supports", "attacks", "rephrases"]))
        #expect(MapFormat.allCases.map(\.rawValue) == ["dot", "svg", "aif", "argdown", "json"])
        #expect(throws: QueryError.self) { try MapFormat.svg.render(graph, graphviz: nil) }
    }
}
