import Foundation
import Query

/// Where argkb writes: data to standard output, messages to standard error.
///
/// Both go through `write(2)` on the descriptor, not `FileHandle`, whose `write` traps on a failed
/// write: a full disk (`> /dev/full`) or a closed pipe with SIGPIPE ignored must end the command
/// with "write error: ..." and exit code 1, not a crash.
enum Output {
    /// Writes text to standard output as is.
    /// - Throws: `OutputError` when the write fails (a full disk, a closed pipe).
    static func write(_ text: String) throws {
        do {
            try OutputFile.writeAll(Array(text.utf8), to: STDOUT_FILENO)
        } catch let error as SystemCallError {
            throw OutputError(reason: error.description)
        }
    }

    /// Writes a line to standard error (warnings, refusals, progress), with control characters
    /// made visible so that a file name or a question cannot drive the terminal. A failure to
    /// write to standard error is ignored: there is nowhere left to say it.
    static func warn(_ line: String) {
        try? OutputFile.writeAll(Array((TerminalText.visible(line) + "\n").utf8), to: STDERR_FILENO)
    }

    /// True when standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

extension Output {
    /// Rewrites one progress line in place on standard error; nil clears it.
    static func progress(_ line: String?) {
        let text = "\r\u{1B}[K" + (line.map(TerminalText.visible) ?? "")
        try? OutputFile.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}

/// Standard output could not be written.
struct OutputError: Error, CustomStringConvertible {
    let reason: String
    var description: String { "write error: \(reason)" }
}
