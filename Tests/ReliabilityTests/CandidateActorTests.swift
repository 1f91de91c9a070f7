import Foundation
import Testing

/// Names the candidate finder is confident of become actors with method 'candidate' (issue 15).
@Suite struct CandidateActorTests {
    @Test func confidentNamesBecomeCandidateActorsKeptApart() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write(
            "corpus/a.txt",
            Data(
                """
                A quiet summit

                Analyst Jonas Verhoeven says an alliance between Russia and China is unlikely.
                Jonas Verhoeven has written on the two for years. Marta Quill, a fellow at the Ostrava Policy Institute, disagrees.
                """.utf8))
        try runner.write(
            "corpus/b.txt",
            Data(
                """
                A loud summit

                Marta Quill expects a pact. Some Visitor came once.
                """.utf8))
        #expect(try runner.run(["ingest", runner.path("corpus")]).status == 0)
        let actors = try runner.run([
            "sql", "SELECT name, kind, method FROM actors WHERE method = 'candidate' ORDER BY name",
            "--csv", "--no-headers",
        ])
        // A cue of its kind (analyst, Institute), or a full name seen twice; not a name seen once.
        #expect(
            actors.stdout
                == "Jonas Verhoeven,person,candidate\r\nMarta Quill,person,candidate\r\nOstrava Policy Institute,organization,candidate\r\n",
            "\(actors.stdout)")
        let mentions = try runner.run([
            "sql",
            """
            SELECT count(*) FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id WHERE a.name = 'Marta Quill'
            """, "--csv", "--no-headers",
        ])
        #expect(mentions.stdout == "2\r\n")
        // The lexicon's actors stay 'lexicon', and a re-ingest that stores nothing keeps the candidates.
        #expect(
            try runner.run(["sql", "SELECT method FROM actors WHERE name = 'Russia'", "--csv", "--no-headers"]).stdout
                == "lexicon\r\n")
        #expect(try runner.run(["ingest", runner.path("corpus")]).status == 0)
        #expect(
            try runner.run(["sql", "SELECT count(*) FROM actors WHERE method = 'candidate'", "--csv", "--no-headers"]).stdout
                == "3\r\n")
    }
}
