import Foundation

/// Starting over (`argkb init --force`) without ever deleting what is not argkb's.
extension Database {
    /// Deletes the argkb database at `path` with its `-wal` and `-shm` files, so that a new one
    /// can be created there. Nothing at a missing path is an answer too: there is nothing to delete.
    ///
    /// Only an argkb database (its application id in the header, or argkb's tables in a database of
    /// version 1 to 3) or an empty file is deleted. A folder, a symbolic link, a device or FIFO, a
    /// text file, another program's SQLite database, or a file too damaged to tell is refused, and
    /// left exactly as it was.
    ///
    /// - Throws: `SchemaError.notReplaceable` naming the path and what it is.
    public static func removeArgkbDatabase(at path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw SchemaError.notReplaceable(path: path, reason: "cannot be examined (\(String(cString: strerror(errno))))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SchemaError.notReplaceable(path: path, reason: "is a folder")
        case S_IFLNK:
            throw SchemaError.notReplaceable(path: path, reason: "is a symbolic link (give the database file's own path)")
        default: throw SchemaError.notReplaceable(path: path, reason: "is not a regular file")
        }
        if info.st_size > 0 {
            guard let header = FileManager.default.contents(atPath: path)?.prefix(100), header.count == 100,
                header.starts(with: Array("SQLite format 3\u{0}".utf8))
            else {
                throw SchemaError.notReplaceable(path: path, reason: "is not a SQLite database")
            }
            if Self.applicationID(inHeader: Array(header)) != applicationID {
                let isArgkb = (try? Database(path: path, mode: .readOnly).isArgkbDatabase()) ?? false
                guard isArgkb else {
                    throw SchemaError.notReplaceable(path: path, reason: "is not an argkb database (or is too damaged to tell)")
                }
            }
        }
        for file in [path, path + "-wal", path + "-shm"] {
            var fileInfo = stat()
            guard lstat(file, &fileInfo) == 0, (fileInfo.st_mode & S_IFMT) == S_IFREG else { continue }
            guard unlink(file) == 0 else {
                throw SchemaError.notReplaceable(path: path, reason: "cannot be deleted (\(String(cString: strerror(errno))))")
            }
        }
    }

    /// The application id of a database file's 100-byte header (a big-endian integer at offset 68).
    static func applicationID(inHeader header: [UInt8]) -> Int32 {
        guard header.count >= 72 else { return 0 }
        return header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
    }
}
