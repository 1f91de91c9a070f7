import Foundation

/// Finds the files to ingest under the paths a user gave: files as given, folders recursively.
///
/// In folders only `.txt`, `.md`, `.html`, `.htm`, `.xhtml` and `.pdf` files are taken (other
/// files are not articles), hidden files and folders are skipped, and every file is taken once,
/// however many links reach it. A path given explicitly is taken whatever its extension, and
/// followed when it is a link (a linked folder is walked). The result is sorted by path, so runs
/// are deterministic.
///
/// What is refused, by name: a path that does not exist; a link to nothing; a FIFO, socket or
/// device named like an article (reading it would block or never end); a file or folder whose
/// name is not UTF-8 (it could not be named in the database). What is skipped, and said: a link
/// met in a folder that leads outside every folder given (it could pull `/etc/passwd` into the
/// database), unless `followLinks`.
public struct SourceFileFinder: Sendable {
    /// Extensions taken when walking a folder: text, HTML and PDF (see `SourceFormat`).
    public static let articleExtensions: Set<String> = SourceFormat.textExtensions
        .union(SourceFormat.htmlExtensions).union(SourceFormat.pdfExtensions)

    /// Follow links met in folders wherever they lead (`ingest --follow-links`).
    public var followLinks: Bool

    public init(followLinks: Bool = false) {
        self.followLinks = followLinks
    }

    /// What `find` found.
    public struct Found: Sendable {
        /// The files to read, sorted.
        public var files: [String] = []
        /// Paths that could not be used, with the reason.
        public var refusals: [IngestRefusal] = []
        /// Links not followed, with the reason ("a link out of the folder, to /etc/passwd").
        public var skipped: [SkippedFile] = []
    }

    /// The files to read, the paths refused and the links skipped.
    public func find(_ paths: [String]) -> Found {
        // Paths, not URLs: at 100k files the URLs alone were tens of megabytes.
        var walk = Walk(followLinks: followLinks)
        for path in paths {
            if path.isEmpty {
                walk.found.refusals.append(
                    IngestRefusal(
                        path: path, reason: .notFound, message: "an empty path (name a file or folder; . is the current folder)"))
                continue
            }
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            var info = stat()
            guard stat(standardized, &info) == 0 else {
                walk.found.refusals.append(Self.missing(path, standardized))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk.roots.append(Walk.realPath(standardized) ?? standardized)
            }
        }
        for path in paths where !path.isEmpty {
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            var info = stat()
            guard stat(standardized, &info) == 0 else { continue }
            walk.visit(standardized, info)
        }
        walk.found.files.sort()
        return walk.found
    }

    private static func missing(_ path: String, _ standardized: String) -> IngestRefusal {
        var info = stat()
        if lstat(standardized, &info) == 0 {
            return IngestRefusal(path: path, reason: .unreadable, message: "a symbolic link to nothing (or a link loop)")
        }
        if path.unicodeScalars.contains("\u{FFFD}") {
            return IngestRefusal(
                path: path, reason: .notFound,
                message:
                    "no such file or folder; if its name is not valid UTF-8, rename it (argkb stores names as UTF-8) or give its folder"
            )
        }
        return IngestRefusal(path: path, reason: .notFound, message: "no such file or folder")
    }
}

/// One run of `SourceFileFinder.find`: the state of the walk over the given paths.
private struct Walk {
    let followLinks: Bool
    /// The real paths of the folders given: links that stay inside them are followed.
    var roots: [String] = []
    var found = SourceFileFinder.Found()
    /// Device and inode of every file and folder taken: a file reached twice (through a link) is
    /// taken once, and a folder loop is walked once.
    var seen = Set<String>()

    init(followLinks: Bool) {
        self.followLinks = followLinks
    }

    mutating func visit(_ path: String, _ info: stat) {
        let identity = "\(info.st_dev):\(info.st_ino)"
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard seen.insert(identity + "/").inserted else { return }  // walked already: a link loop
            walk(path)
        case S_IFREG:
            if seen.insert(identity).inserted { found.files.append(path) }
        default:
            // A FIFO would block the read forever, a device never end: refused by name, never opened.
            if let kind = SourceFileReader.nonRegularKind(info) {
                found.refusals.append(IngestRefusal(path: path, reason: .notAFile, message: "is \(kind), not a regular file"))
            }
        }
    }

    /// Lists a folder with `opendir`/`readdir`, which follow a link to the folder itself and give
    /// names as bytes, so a name that is not UTF-8 is seen and refused instead of lost.
    private mutating func walk(_ folder: String) {
        guard let directory = opendir(folder) else {
            found.refusals.append(
                IngestRefusal(
                    path: folder, reason: .unreadable,
                    message: "cannot list the folder: \(String(cString: strerror(errno)))"))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }  // ".", "..", hidden files and folders
            names.append(name)
        }
        closedir(directory)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var entries: [(path: String, name: String)] = []
        for bytes in names {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                refuseUndecodableName(prefix, bytes)
                continue
            }
            entries.append((prefix + name, name))
        }
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            visitEntry(entry.path)
        }
    }

    /// An entry of a folder: one `lstat`, and a `stat` only for links (the type, and the device and
    /// inode that tell a file reached twice).
    private mutating func visitEntry(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            var target = stat()
            guard stat(path, &target) == 0 else {
                // A dangling link or a link loop named like an article: said, not skipped silently.
                if Self.isArticle(path) {
                    found.refusals.append(
                        IngestRefusal(path: path, reason: .unreadable, message: "a symbolic link to nothing (or a link loop)"))
                }
                return
            }
            let isFolder = (target.st_mode & S_IFMT) == S_IFDIR
            guard isFolder || Self.isArticle(path) else { return }
            if !followLinks, let real = Self.realPath(path), !isInsideRoots(real) {
                found.skipped.append(
                    SkippedFile(
                        path: path,
                        message: "a symbolic link out of the folder (to \(real)), not followed; --follow-links reads it"))
                return
            }
            visit(path, target)
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR || Self.isArticle(path) {
            visit(path, info)
        }
    }

    private func isInsideRoots(_ real: String) -> Bool {
        roots.contains { root in real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }

    private mutating func refuseUndecodableName(_ prefix: String, _ bytes: [UInt8]) {
        let shown = prefix + String(decoding: bytes, as: UTF8.self)
        let raw = (Array(prefix.utf8) + bytes + [0]).map { CChar(bitPattern: $0) }
        var info = stat()
        let exists = raw.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { stat($0, &info) == 0 } ?? false }
        let isFolder = exists && (info.st_mode & S_IFMT) == S_IFDIR
        guard isFolder || Self.isArticle(shown) else { return }
        found.refusals.append(
            IngestRefusal(
                path: shown, reason: .unreadable,
                message: "the name is not valid UTF-8, so it cannot be stored; rename it (e.g. with convmv) and ingest again"))
    }

    static func isArticle(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return SourceFileFinder.articleExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// `realpath(3)`: the path with every link resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
