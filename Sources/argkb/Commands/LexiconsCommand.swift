import ArgumentParser
import Foundation
import Ingest
import Query

/// `argkb lexicons`: which lexicons are in force and where each part came from.
struct LexiconsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicons",
        abstract:
            "List the lexicons in force: the built-in ones and each user folder's rows (added or replacing a built-in row).",
        discussion: """
            The built-in lexicons are compiled into argkb. A user folder (--lexicons DIR, repeatable;
            else $ARGKB_LEXICONS, a ':' list; else ./argkb-lexicons when present) holds files of the
            same names with only the rows it adds or changes: a row with the key of a built-in row
            (an actor's name, a phrase, a proposition's id) replaces it.
            Example: argkb lexicons --lexicons my-lexicons
            """)

    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let layers = try lexicons.layers()
        _ = try Lexicons(layers: layers)  // refuse what ingest would refuse, with file and line
        let rows = try layers.contributions().map { part -> [ListingValue] in
            [.text(part.file), .text(part.layer), .int(part.rows), .int(part.added), .int(part.replaced)]
        }
        try output.print(Listing(columns: ["lexicon", "from", "rows", "added", "replaced"], rows: rows))
    }
}
