import Foundation

/// The Graphviz `dot` program, found on PATH, run as a filter (DOT in, SVG out).
public struct Graphviz: Sendable {
    /// The `dot` executable.
    public let executable: URL

    /// `dot` from PATH, or nil when Graphviz is not installed.
    /// - Parameter environment: the environment to read PATH from (tests pass their own).
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Graphviz? {
        let path = environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return Graphviz(executable: candidate) }
        }
        return nil
    }

    /// The message when `dot` is missing.
    public static let missingMessage = """
        Graphviz `dot` is not installed (not found on PATH): install it (Debian: apt-get install graphviz, \
        or `make deps`), or write DOT with --format dot and render it elsewhere
        """

    public init(executable: URL) { self.executable = executable }

    /// Renders DOT text with `dot -T<format>` and returns its output.
    /// - Throws: `QueryError.invalid` with dot's own message when it fails.
    public func render(_ dot: String, format: String = "svg") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.dot")
        let errors = folder.appendingPathComponent("stderr.txt")
        try Data(dot.utf8).write(to: input)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-T" + format, input.path]
        let output = Pipe()
        process.standardOutput = output
        // stderr goes to a file so that a chatty dot cannot block on a full pipe.
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw QueryError.invalid(
                "dot -T\(format) failed (exit \(process.terminationStatus)): "
                    + Self.firstLine(message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// An SVG document without its XML prolog, DOCTYPE and comments, ready to inline in HTML.
    ///
    /// One pass over the text: searching the whole SVG again for each comment it removed made a
    /// report quadratic in the size of its map (100 sources took a minute).
    public static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        var body = ""
        var rest = svg[start.lowerBound...]
        while let open = rest.range(of: "<!--") {
            body += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
        }
        body += rest
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first line of what `dot` said on failure, for a one-line message: on a large graph it
    /// writes thousands of lines ("trouble in init_rank" and every edge it lost).
    static func firstLine(_ message: String) -> String {
        let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }
}

/// The output formats of `argkb map`.
public enum MapFormat: String, CaseIterable, Sendable {
    case dot, svg, aif, argdown, json

    /// The text of the graph in this format; SVG needs Graphviz.
    /// - Throws: `QueryError.invalid` when SVG is asked for and `dot` is missing or fails.
    public func render(_ graph: ArgumentGraph, graphviz: Graphviz? = Graphviz.find()) throws -> String {
        switch self {
        case .dot: return DotWriter.write(graph)
        case .aif: return AIFWriter.write(graph)
        case .argdown: return ArgdownWriter.write(graph)
        case .json: return GraphJSONWriter.write(graph)
        case .svg:
            guard let graphviz else { throw QueryError.invalid(Graphviz.missingMessage) }
            return try graphviz.render(DotWriter.write(graph))
        }
    }
}
