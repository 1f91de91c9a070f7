import ArgumentParser
import Foundation
import Ingest

/// `--lexicons DIR` (repeatable), shared by the commands that read the lexicons: the built-in
/// lexicons, with the user's folders on top.
struct LexiconOptions: ParsableArguments {
    @Option(
        name: .customLong("lexicons"),
        help: ArgumentHelp(
            "A folder of lexicon files that add to or replace rows of the built-in ones (repeatable; default: $ARGKB_LEXICONS, a ':' list, else ./argkb-lexicons when present).",
            valueName: "dir"))
    var folders: [String] = []

    /// The user folders in force (see `LexiconLayers.folders`).
    var inForce: [URL] {
        LexiconLayers.folders(given: folders, environment: ProcessInfo.processInfo.environment)
    }

    /// The layers: built-in, then the user folders in force.
    func layers() throws -> LexiconLayers {
        try LexiconLayers(folders: inForce)
    }

    /// The lexicons of the layers in force.
    func load() throws -> Lexicons {
        try Lexicons(layers: layers())
    }
}
