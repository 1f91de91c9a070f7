import Foundation

/// A program argkb runs to read a format (poppler's `pdftotext` and `pdfinfo`): found on `PATH`,
/// started with Foundation's `Process` and an argument array (never a shell), its output read
/// whole, its errors kept in a temporary file (a pipe could fill and stall it), and killed when
/// it runs past a deadline.
///
/// ```swift
/// let result = try ExternalTool(name: "pdfinfo", package: "poppler-utils").run(["-isodates", path], path: path)
/// result.status    // 0
/// result.output    // "Title: ...\nPages: 2\n..."
/// ```
struct ExternalTool: Sendable {
    let name: String
    /// The Debian package that installs it, for the message when it is missing.
    let package: String
    /// Seconds before the program is killed (a damaged file can make a reader loop).
    var timeout: Double = 120

    struct Result {
        var status: Int32
        var output: Data
        /// The first 4 KiB of what it wrote on stderr.
        var errors: String
        var timedOut: Bool
    }

    /// The program's path: the first executable of that name in `PATH`.
    func locate() -> String? {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in search.split(separator: ":") where !folder.isEmpty {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The refusal of a file that needs the program when it is not installed.
    func missing(path: String) -> IngestRefusal {
        IngestRefusal(
            path: path, reason: .missingTool,
            message:
                "needs \(name), which is not installed: install \(package) (apt-get install \(package), or make deps) and ingest again"
        )
    }

    /// Runs the program and waits for it.
    /// - Parameter path: the file being ingested, for messages.
    /// - Throws: `IngestRefusal` `.missingTool` when the program is not installed, `.internal`
    ///   when it cannot be started.
    func run(_ arguments: [String], path: String) throws -> Result {
        guard let executable = locate() else { throw missing(path: path) }
        let errorFile = try TemporaryFile(suffix: ".err", contents: Data())
        defer { errorFile.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        guard let errors = FileHandle(forWritingAtPath: errorFile.path) else {
            throw IngestRefusal(path: path, reason: .internal, message: "cannot create a temporary file for \(name)")
        }
        process.standardError = errors
        do {
            try process.run()
        } catch {
            try? errors.close()
            throw IngestRefusal(path: path, reason: .internal, message: "cannot start \(executable): \(error)")
        }
        try? errors.close()
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        let timedOut = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        let message = (try? Data(contentsOf: URL(fileURLWithPath: errorFile.path)).prefix(4096)) ?? Data()
        return Result(
            status: process.terminationStatus, output: data, errors: String(decoding: message, as: UTF8.self),
            timedOut: timedOut)
    }
}

/// A file in the temporary folder, readable by its owner only, removed by `remove()`.
struct TemporaryFile {
    let path: String

    /// - Throws: `IngestRefusal` `.internal` when it cannot be written.
    init(suffix: String, contents: Data) throws {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template =
            Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
            + Array("argkb-XXXXXX\(suffix)".utf8CString)
        let descriptor = mkstemps(&template, Int32(suffix.utf8.count))
        guard descriptor >= 0 else {
            throw IngestRefusal(
                path: folder, reason: .internal,
                message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let written = contents.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                guard let base = raw.baseAddress else { return true }
                let count = write(descriptor, base + offset, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written else {
            unlink(path)
            throw IngestRefusal(path: path, reason: .internal, message: "cannot write a temporary file (is the disk full?)")
        }
    }

    func remove() {
        unlink(path)
    }
}
