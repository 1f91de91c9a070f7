import ArgumentParser
import Foundation
import Ingest
import Query
import Store

/// `argkb propositions`: the questions the corpus argues about; `add` and `remove` change them and
/// apply the change to the sources already stored, without reading the files again.
struct PropositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propositions",
        abstract: "List the propositions (the questions argued about) with their claims and verdicts; add or remove one.",
        subcommands: [ListPropositions.self, AddProposition.self, RemoveProposition.self],
        defaultSubcommand: ListPropositions.self)
}

/// `argkb propositions [list]`.
struct ListPropositions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the propositions in force, where each comes from, and its claims and verdicts.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let layers = try lexicons.layers()
        let loaded = try Lexicons(layers: layers)
        let db = FileManager.default.fileExists(atPath: try database.checkedPath()) ? try database.openForReading() : nil
        var rows: [[ListingValue]] = []
        for proposition in loaded.claims.propositions {
            let origin =
                layers.layers.last { ($0.files[LexiconFile.propositions.rawValue] ?? "").contains(proposition.id) }?.name
                ?? "built-in"
            let claims = try db?.scalar("SELECT count(*) FROM claims WHERE proposition_id = ?", [proposition.id])?.int ?? 0
            let verdicts = try db?.scalar("SELECT count(*) FROM verdicts WHERE proposition_id = ?", [proposition.id])?.int ?? 0
            rows.append([
                .text(proposition.id), .text(proposition.statement), .text(proposition.terms.joined(separator: "|")),
                .text(proposition.actors.joined(separator: "|")), .text(origin), .int(claims), .int(verdicts),
            ])
        }
        try output.print(Listing(columns: ["id", "statement", "terms", "actors", "from", "claims", "verdicts"], rows: rows))
    }
}

/// Options shared by `add` and `remove`: where to write, and the curation to apply again.
struct PropositionChangeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The curated annotations folder (default: $ARGKB_ANNOTATIONS, else ./data/annotations; optional).", valueName: "dir"))
    var annotations: String?

    /// The folder a change is written to: the last user folder in force (it has the final say),
    /// else ./argkb-lexicons, created.
    func folder(_ lexicons: LexiconOptions) -> URL {
        lexicons.inForce.last ?? URL(fileURLWithPath: LexiconLayers.defaultFolderName)
    }

    func curated() throws -> Annotations {
        let environment = ProcessInfo.processInfo.environment
        return try Annotations(
            folder: URL(fileURLWithPath: annotations ?? environment["ARGKB_ANNOTATIONS"] ?? "data/annotations"))
    }

    /// Checks the new lexicons, writes the file, and applies the change to the stored sources.
    func apply(_ text: String?, id: String, database: DatabaseOptions, lexicons: LexiconOptions, verb: String) throws {
        let folder = folder(lexicons)
        let before = try lexicons.layers()
        let after = before.replacing(.propositions, in: folder, with: text)
        let old = try Lexicons(layers: before)
        let new = try Lexicons(layers: after)  // refuses a bad row (unknown actor, no terms) before anything is written
        // The database first (one transaction): if it fails, the folder is left as it was.
        let summary = try PropositionUpdate(db: try database.openForWriting(), before: old, after: new, annotations: curated())
            .apply(changed: [id])
        let file = folder.appendingPathComponent(LexiconFile.propositions.rawValue)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try OutputFile.write(text ?? "", to: file.path)
        } catch {
            throw QueryError.invalid(
                "the database has the change, but \(file.path) could not be written (\(error)); "
                    + "write the row there by hand, or the next ingest reads every source again")
        }
        for warning in summary.curationWarnings { Output.warn("curation: \(warning)") }
        Output.warn(
            "\(verb) \(id) in \(file.path); \(summary.rewritten) sources read again from the database "
                + "(no file read), \(summary.current) sources current; \(summary.verdicts) verdicts on \(id)")
    }
}

/// `argkb propositions add ID "STATEMENT" --terms ... --actors ...`.
struct AddProposition: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add (or change) a proposition in the user lexicon folder and apply it to the stored sources.",
        discussion: """
            The row goes to propositions.tsv of the last --lexicons folder in force (else
            ./argkb-lexicons, created), and the sources already ingested get their claims and
            verdicts on it from the stored text, without reading their files again.
            Terms match their inflections ("join" finds "joined", "joining").
            Example:
              argkb propositions add ir-bomb "Iran builds a nuclear weapon" --terms "nuclear weapon|bomb|nukes" --actors Iran
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var change: PropositionChangeOptions

    @Argument(help: "A stable id (letters, digits and '-').") var id: String
    @Argument(help: "The proposition in words.") var statement: String
    @Option(help: "Words that name the matter, '|' separated (each also matches its inflections).") var terms: String
    @Option(help: "Canonical actors it involves, '|' separated (as `argkb actors` lists them).") var actors: String = ""
    @Option(help: "Phrases that refer to the actors without naming them ('the two|both'), '|' separated.") var anaphora: String =
        ""
    @Option(help: "A note for curators.") var notes: String?

    func validate() throws {
        guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw ValidationError("the id may hold letters, digits, '-' and '_' only")
        }
        guard terms.split(separator: "|").contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError("--terms needs at least one term")
        }
    }

    func run() throws {
        let file = change.folder(lexicons).appendingPathComponent(LexiconFile.propositions.rawValue)
        let existing = try? String(contentsOf: file, encoding: .utf8)
        let header = ["id", "statement", "terms", "actors", "anaphora", "notes"]
        let text = LexiconFileEdit.upserting(
            ["id": id, "statement": statement, "terms": terms, "actors": actors, "anaphora": anaphora, "notes": notes ?? ""],
            key: "id", in: existing, header: header,
            comment: "Propositions added with `argkb propositions add`; each replaces a built-in row of the same id.")
        try change.apply(text, id: id, database: database, lexicons: lexicons, verb: "added")
    }
}

/// `argkb propositions remove ID`.
struct RemoveProposition: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a proposition from the user lexicon folder and from the stored sources' claims and verdicts.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var change: PropositionChangeOptions

    @Argument(help: "The proposition's id.") var id: String

    func run() throws {
        let file = change.folder(lexicons).appendingPathComponent(LexiconFile.propositions.rawValue)
        guard let existing = try? String(contentsOf: file, encoding: .utf8),
            let text = LexiconFileEdit.removing(key: "id", value: id, from: existing)
        else {
            let builtIn = try Lexicons.builtIn().claims.propositions.contains { $0.id == id }
            throw QueryError.notFound(
                builtIn
                    ? "\(id) is a built-in proposition: a user folder can replace its row (propositions add \(id) ...) but not remove it"
                    : "no proposition '\(id)' in \(file.path)")
        }
        try change.apply(text, id: id, database: database, lexicons: lexicons, verb: "removed")
    }
}
