import Crypto
import Foundation

/// A file read and decoded: its text, the SHA-256 of its bytes, and a note on how it was decoded.
/// For HTML and PDF, the text is the article's, as their reader extracted it.
public struct SourceFile: Sendable, Equatable {
    public let path: String
    public let text: String
    /// SHA-256 of the raw bytes, hex.
    public let contentHash: String
    /// Set when the text was decoded from something other than plain UTF-8 (e.g. "UTF-16LE with BOM").
    public let decodingNote: String?
    /// The file's size and modification time when it was read (nil for bytes not read from a file).
    public var stamp: FileStamp?
    /// The format it was read as.
    public var format: SourceFormat = .text
    /// For HTML and PDF, the normalized source their reader made (`text` is its text); nil for
    /// text, which the normalizer reads from `text`.
    public var normalized: NormalizedSource?
}

/// A file's size and modification time (nanoseconds since 1970), as `stat` gives them.
///
/// A re-ingest skips a file whose stamp is the one stored with its source, without reading it (as
/// make, rsync and git's index do); any other file is read and compared by its SHA-256.
public struct FileStamp: Sendable, Equatable {
    public let size: Int
    public let modified: Int

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }

    public init(size: Int, modified: Int) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path` (links followed), or nil when it cannot be read.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        return stat(path, &info) == 0 ? FileStamp(info) : nil
    }
}

/// Reads a file and decides whether it is text argkb can ingest.
///
/// Refused, with the reason stored in `ingest_errors`: an empty or whitespace-only file; a binary
/// file (a NUL byte in the first 64 KiB, or the signature of an image, PDF, archive or office
/// document); bytes that are not UTF-8 (Latin-1 / Windows-1252 included: argkb does not guess an
/// 8-bit encoding, which would silently change characters; the message says where the first bad
/// byte is and how to convert); a file over `maximumBytes`. Decoded: UTF-8 with or without a BOM,
/// and UTF-16 with a BOM (unambiguous). CRLF and CR line ends are left to the normalizer.
public struct SourceFileReader: Sendable {
    /// The largest file read (a bound on memory per document; see the README's Reliability section).
    public var maximumBytes: Int

    public init(maximumBytes: Int = 256 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// Reads and decodes one file.
    ///
    /// Reads with `open`/`fstat`/`read` on one descriptor: Foundation's `attributesOfItem` (a
    /// dictionary of every attribute, extended attributes included) and `Data(contentsOf:)` were a
    /// tenth of an ingest's extraction time on short articles.
    /// - Throws: `IngestRefusal` with the reason and a message naming what was wrong.
    public func read(_ url: URL) throws -> SourceFile {
        let (data, hash, stamp) = try readBytes(url)
        var file = try decode(data, path: url.path, hash: hash)
        file.stamp = stamp
        return file
    }

    /// The file's bytes and their SHA-256 (hex), not decoded yet: enough to tell an unchanged
    /// file, which then needs no decoding at all.
    /// - Throws: `IngestRefusal` for a file that cannot be read, a folder, or one over the limit.
    public func readBytes(_ url: URL) throws -> (data: Data, hash: String, stamp: FileStamp) {
        let path = url.path
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. It
        // changes nothing for a regular file, and anything else is refused before a read.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw Self.refusal(errno: errno, path: path) }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else { throw Self.refusal(errno: errno, path: path) }
        if let kind = Self.nonRegularKind(before) {
            throw IngestRefusal(path: path, reason: .notAFile, message: "is \(kind), not a regular file")
        }
        let size = Int(before.st_size)
        if size > maximumBytes {
            throw IngestRefusal(
                path: path, reason: .tooLarge, message: "is \(size) bytes, over the limit of \(maximumBytes) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: size + 1)  // one more, to see a file that grew
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Self.refusal(errno: errno, path: path)
            }
            if got == 0 { break }
            count += got
            if count > maximumBytes {
                throw IngestRefusal(path: path, reason: .tooLarge, message: "is over the limit of \(maximumBytes) bytes")
            }
        }
        // A file being written (a download, an editor saving) is refused rather than stored half:
        // its size and modification time must be the same before and after the read.
        var after = stat()
        guard fstat(descriptor, &after) == 0 else { throw Self.refusal(errno: errno, path: path) }
        if before.st_size != after.st_size || Int(after.st_size) != count
            || before.st_mtim.tv_sec != after.st_mtim.tv_sec || before.st_mtim.tv_nsec != after.st_mtim.tv_nsec
        {
            throw IngestRefusal(
                path: path, reason: .changedWhileReading,
                message:
                    "changed while it was being read (\(before.st_size) bytes, then \(after.st_size)); ingest it again once it is complete"
            )
        }
        bytes.removeSubrange(count...)
        let data = Data(bytes)
        return (data, Self.hex(SHA256.hash(data: data)), FileStamp(after))
    }

    /// "a folder", "a FIFO (named pipe)", ... for anything that is not a regular file; nil for one.
    static func nonRegularKind(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    /// The refusal for a failed `open`, `fstat` or `read`.
    static func refusal(errno code: Int32, path: String) -> IngestRefusal {
        switch code {
        case ENOENT, ENOTDIR:
            return IngestRefusal(path: path, reason: .notFound, message: "no such file")
        case EACCES, EPERM:
            return IngestRefusal(path: path, reason: .unreadable, message: "cannot be read: permission denied")
        default:
            return IngestRefusal(path: path, reason: .unreadable, message: "cannot be read: \(String(cString: strerror(code)))")
        }
    }

    /// Decodes bytes already read (the testable core of `read`).
    public func decode(_ data: Data, path: String) throws -> SourceFile {
        try decode(data, path: path, hash: Self.hex(SHA256.hash(data: data)))
    }

    /// Decodes bytes whose SHA-256 (hex) is `hash`.
    public func decode(_ data: Data, path: String, hash: String) throws -> SourceFile {
        if data.count > maximumBytes {
            throw IngestRefusal(
                path: path, reason: .tooLarge, message: "is \(data.count) bytes, over the limit of \(maximumBytes) bytes")
        }
        var note: String?
        let text: String
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.starts(with: [0xFF, 0xFE])
            guard let decoded = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw IngestRefusal(
                    path: path, reason: .unsupportedEncoding, message: "has a UTF-16 byte-order mark but is not valid UTF-16")
            }
            text = decoded
            note = little ? "UTF-16LE with BOM" : "UTF-16BE with BOM"
        } else {
            if let kind = Self.binarySignature(data) {
                throw IngestRefusal(path: path, reason: .binary, message: "is binary (\(kind)), not text")
            }
            let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            if let bad = Self.firstInvalidUTF8Offset(body) {
                let offset = bad + (body.startIndex - data.startIndex)
                throw IngestRefusal(
                    path: path, reason: .invalidUTF8,
                    message:
                        "is not valid UTF-8 (first bad byte 0x\(String(format: "%02X", data[data.startIndex + offset])) at offset \(offset)); if it is Latin-1 or Windows-1252, convert it with: iconv -f WINDOWS-1252 -t UTF-8"
                )
            }
            text = String(decoding: body, as: UTF8.self)
            if body.count != data.count { note = "UTF-8 with BOM" }
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw IngestRefusal(path: path, reason: .empty, message: data.isEmpty ? "is empty" : "holds only white space")
        }
        return SourceFile(path: path, text: text, contentHash: hash, decodingNote: note)
    }

    /// Lower-case hexadecimal of a digest (`String(format:)` per byte was slow).
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The kind of binary file the bytes look like, or nil for text.
    static func binarySignature(_ data: Data) -> String? {
        let signatures: [(bytes: [UInt8], kind: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"), ([0x25, 0x50, 0x44, 0x46], "PDF document: name it .pdf to ingest it"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"), ([0x1F, 0x8B], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0xD0, 0xCF, 0x11, 0xE0], "old office document"),
            (Array("SQLite format 3".utf8), "SQLite database"),
        ]
        for signature in signatures where data.starts(with: signature.bytes) { return signature.kind }
        // Over the raw bytes: `Data`'s iterator costs some 55 instructions a byte.
        let hasNUL = data.prefix(65_536).withUnsafeBytes { bytes in bytes.contains(0) }
        if hasNUL { return "contains NUL bytes" }
        return nil
    }

    /// The offset of the first byte of the first sequence that is not UTF-8, or nil when all is valid.
    ///
    /// Follows the well-formed byte sequences of Unicode 15, table 3-7 (no overlongs, no surrogates,
    /// nothing above U+10FFFF).
    static func firstInvalidUTF8Offset<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        let buffer = Array(bytes)
        var i = 0
        while i < buffer.count {
            let lead = buffer[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return i
            }
            guard i + length <= buffer.count, secondRange.contains(buffer[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(buffer[i + k]) { return i }
            i += length
        }
        return nil
    }
}
