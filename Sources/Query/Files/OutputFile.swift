import Foundation

/// Writes a command's result to a path the user named (`-o FILE`, the files of `export`), without
/// destroying or changing what is there beyond its contents.
///
/// - A new path: written to a temporary file beside it, then renamed into place, so a failed
///   write leaves nothing half-written.
/// - An existing regular file with one name: replaced the same way, with the old file's mode,
///   owner and group set on the new one first. When the owner cannot be kept (another user's file
///   in a folder we may write), the file is rewritten in place instead.
/// - A symbolic link, a file with several hard links, a FIFO, a device, a terminal
///   (`/dev/stdout`): written in place through `open(2)`, so the link, the other names and the
///   node itself stay; a rename would have put a regular file where they were.
/// - A folder: refused, with that reason.
public enum OutputFile {
    /// Writes `text` to `path`.
    /// - Throws: `QueryError.invalid` naming the path and the system's reason.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` (see the type's description for what happens to what is there).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        guard !path.isEmpty else { throw QueryError.invalid("an empty output file name") }
        do {
            var info = stat()
            if lstat(path, &info) != 0 {
                guard errno == ENOENT else { throw SystemCallError(code: errno) }
                try replace(path, with: bytes, keeping: nil)
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw QueryError.invalid("cannot write \(path): it is a folder; give a file name")
            case S_IFREG where info.st_nlink == 1:
                try replace(path, with: bytes, keeping: info)
            case S_IFLNK:
                var target = stat()
                if stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR {
                    throw QueryError.invalid("cannot write \(path): it is a link to a folder; give a file name")
                }
                try writeInPlace(path, bytes, create: true)
            default:
                try writeInPlace(path, bytes, create: false)
            }
        } catch let error as SystemCallError {
            throw QueryError.invalid("cannot write \(path): \(error)")
        }
    }

    /// Writes every byte to an open descriptor, retrying short and interrupted writes.
    /// - Throws: `SystemCallError` with the `errno` of the failed `write(2)`.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(code: errno)
            }
            offset += written
        }
    }

    // MARK: Private

    /// Opens an existing node (or a link's target) for writing and writes into it.
    private static func writeInPlace(_ path: String, _ bytes: [UInt8], create: Bool) throws {
        let flags = O_WRONLY | O_CLOEXEC | O_NOCTTY | (create ? O_CREAT : 0)
        let descriptor = open(path, flags, 0o666)
        guard descriptor >= 0 else { throw SystemCallError(code: errno) }
        defer { close(descriptor) }
        var info = stat()
        // Only a regular file is cut to the new length; a FIFO or a device takes the bytes as a stream.
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, ftruncate(descriptor, 0) != 0 {
            throw SystemCallError(code: errno)
        }
        try writeAll(bytes, to: descriptor)
    }

    /// Writes a temporary file beside `path` and renames it over `path`.
    /// - Parameter old: the file being replaced, whose mode, owner and group the new one keeps.
    private static func replace(_ path: String, with bytes: [UInt8], keeping old: stat?) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".argkb-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw SystemCallError(code: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            close(descriptor)
            if !renamed { unlink(temporary) }
        }
        if let old {
            guard fchown(descriptor, old.st_uid, old.st_gid) == 0 || (getuid() == old.st_uid && getgid() == old.st_gid)
            else {
                // The owner cannot be kept: rewrite the file itself, which keeps everything but its bytes.
                try writeInPlace(path, bytes, create: false)
                return
            }
            guard fchmod(descriptor, old.st_mode & 0o7777) == 0 else { throw SystemCallError(code: errno) }
        } else {
            // mkstemp makes the file 0600; a new output file gets the usual 0666 less the umask.
            let mask = umask(0)
            umask(mask)
            guard fchmod(descriptor, 0o666 & ~mask) == 0 else { throw SystemCallError(code: errno) }
        }
        try writeAll(bytes, to: descriptor)
        guard fsync(descriptor) == 0, rename(temporary, path) == 0 else { throw SystemCallError(code: errno) }
        renamed = true
    }
}

/// A failed system call: its `errno`, described by `strerror`.
public struct SystemCallError: Error, CustomStringConvertible, Equatable {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    public var description: String { String(cString: strerror(code)) }
}
