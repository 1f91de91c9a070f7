import Foundation

/// Where argkb writes: data to standard output, messages to standard error.
enum Output {
    /// Writes text to standard output as is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a line to standard error (warnings, refusals, progress).
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// True when standard error is a terminal (progress is shown only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

extension Output {
    /// Rewrites one progress line in place on standard error; nil clears it.
    static func progress(_ line: String?) {
        let text = line.map { "\r\u{1B}[K" + $0 } ?? "\r\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
