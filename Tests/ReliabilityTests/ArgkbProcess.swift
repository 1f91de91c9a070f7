import Foundation
import Store

/// Runs the built `argkb` binary as a user would (copied from CLITests/BinaryRunner, with what the
/// reliability tests need on top: a command prefix such as `setpriv` or `bash -c 'ulimit ...'`,
/// processes started in the background and killed, and checks on the database file).
///
/// The binary is `$ARGKB_BINARY` when set (`make stress` uses the release build), else the one
/// beside the test bundle, else `.build/debug/argkb`.
struct ArgkbProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// True when the process ended by a signal (status is then the signal number).
        let signaled: Bool
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ARGKB_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("argkb")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/argkb")
    }()

    /// True when the slow tests of `make stress` should run.
    static let stress = ProcessInfo.processInfo.environment["ARGKB_STRESS"] == "1"

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A folder of a fixed name in the temporary directory, emptied first (for state shared by a suite).
    init(named name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var databasePath: String { folder.appendingPathComponent("test.db").path }

    /// The environment every run gets: the database in the folder, the repository's lexicons.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["ARGKB_DB"] = databasePath
        env["ARGKB_LEXICONS"] = Self.repositoryRoot.appendingPathComponent("data/lexicon").path
        env["ARGKB_ANNOTATIONS"] = Self.repositoryRoot.appendingPathComponent("data/annotations").path
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Runs `argkb ARGUMENTS` and waits. `prefix` runs it through another command (`setpriv ...`).
    func run(
        _ arguments: [String], prefix: [String] = [], environment extra: [String: String] = [:],
        binary: URL = ArgkbProcess.binary
    ) throws -> Result {
        let process = makeProcess(arguments, prefix: prefix, environment: extra, binary: binary)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once, so neither can fill and block the child.
        let collected = PipeCollector(out: out, err: err)
        process.waitUntilExit()
        let (outData, errData) = collected.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            signaled: process.terminationReason == .uncaughtSignal)
    }

    /// Runs `argkb` under `bash -c` with shell settings first (`ulimit -f 100`), e.g. a small disk.
    func runInShell(_ settings: String, _ arguments: [String]) throws -> Result {
        let quoted = ([Self.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try run([], prefix: ["/bin/bash", "-c", settings + "; exec " + quoted.joined(separator: " ")])
    }

    /// Starts `argkb ARGUMENTS` in the background, its output discarded.
    /// - Parameter stderr: a file for its standard error (discarded when nil).
    func start(_ arguments: [String], environment extra: [String: String] = [:], stderr: String? = nil) throws -> Process {
        let process = makeProcess(arguments, prefix: [], environment: extra, binary: Self.binary)
        process.standardOutput = FileHandle.nullDevice
        if let stderr {
            _ = FileManager.default.createFile(atPath: stderr, contents: nil)
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderr))
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    private func makeProcess(
        _ arguments: [String], prefix: [String], environment extra: [String: String],
        binary: URL
    ) -> Process {
        let process = Process()
        if let command = prefix.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(prefix.dropFirst()) + (prefix.first == "/bin/bash" ? [] : [binary.path]) + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.environment = environment(extra)
        return process
    }

    /// Writes a file into the temporary folder and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Generates `count` articles with bench/generate_corpus.py into `name` and returns the folder.
    func corpus(_ name: String, count: Int) throws -> String {
        let out = path(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.repositoryRoot.appendingPathComponent("bench/generate_corpus.py").path,
            "--count", String(count), "--out", out,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return out
    }
}

/// Drains two pipes on background threads.
private final class PipeCollector: @unchecked Sendable {
    private var outData = Data()
    private var errData = Data()
    private let group = DispatchGroup()

    init(out: Pipe, err: Pipe) {
        group.enter()
        DispatchQueue.global().async {
            self.outData = out.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            self.errData = err.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
    }

    func wait() -> (Data, Data) {
        group.wait()
        return (outData, errData)
    }
}
