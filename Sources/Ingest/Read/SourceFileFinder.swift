import Foundation

/// Finds the files to ingest under the paths a user gave: files as given, folders recursively.
///
/// In folders only `.txt` and `.md` files are taken (other files are not articles), hidden files
/// and folders are skipped, and symbolic links are followed once (a link loop is not an error,
/// just not followed twice). A path given explicitly is taken whatever its extension. The result is
/// sorted by path, so runs are deterministic.
public struct SourceFileFinder: Sendable {
    /// Extensions taken when walking a folder.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public init() {}

    /// The files to read, and the paths that could not be used (with the reason).
    public func find(_ paths: [String]) -> (files: [String], refusals: [IngestRefusal]) {
        // Paths, not URLs: at 100k files the URLs alone were tens of megabytes.
        var files: [String] = []
        var refusals: [IngestRefusal] = []
        var seen = Set<String>()
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                let reason: IngestRefusal.Reason = isDanglingLink(url) ? .unreadable : .notFound
                let message = reason == .notFound ? "no such file or folder" : "a symbolic link to nothing (or a link loop)"
                refusals.append(IngestRefusal(path: path, reason: reason, message: message))
                continue
            }
            if isDirectory.boolValue {
                walk(url, into: &files, refusals: &refusals, seen: &seen)
            } else if seen.insert(Self.identity(of: url.path) ?? url.resolvingSymlinksInPath().path).inserted {
                files.append(url.path)
            }
        }
        return (files.sorted(), refusals)
    }

    private func walk(_ folder: URL, into files: inout [String], refusals: inout [IngestRefusal], seen: inout Set<String>) {
        let real = Self.identity(of: folder.path) ?? folder.resolvingSymlinksInPath().path
        guard seen.insert(real + "/").inserted else { return }  // already walked: a link loop
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(
                at: folder, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey],
                options: [.skipsHiddenFiles])
        } catch {
            refusals.append(IngestRefusal(path: folder.path, reason: .unreadable, message: "cannot list the folder: \(error.localizedDescription)"))
            return
        }
        for entry in entries.map({ ($0.path, $0) }).sorted(by: { $0.0 < $1.0 }).map(\.1) {
            // One stat per entry (it follows links): the type, and the device and inode that tell a
            // file reached twice (through a link) from two files. FileManager's checks and
            // `resolvingSymlinksInPath` made eight system calls per file.
            var info = stat()
            guard stat(entry.path, &info) == 0 else {
                // A dangling link or a link loop named like an article: said, not skipped silently.
                if Self.articleExtensions.contains(entry.pathExtension.lowercased()), isDanglingLink(entry) {
                    refusals.append(IngestRefusal(path: entry.path, reason: .unreadable, message: "a symbolic link to nothing (or a link loop)"))
                }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(entry, into: &files, refusals: &refusals, seen: &seen)
            } else if Self.articleExtensions.contains(entry.pathExtension.lowercased()),
                      seen.insert(Self.identity(info)).inserted {
                files.append(entry.path)
            }
        }
    }

    /// The file's device and inode, the same for every path that reaches it.
    private static func identity(_ info: stat) -> String { "\(info.st_dev):\(info.st_ino)" }

    private static func identity(of path: String) -> String? {
        var info = stat()
        return stat(path, &info) == 0 ? identity(info) : nil
    }

    private func isDanglingLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }
}
