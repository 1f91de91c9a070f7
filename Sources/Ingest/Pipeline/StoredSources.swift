import Store

/// What an ingest needs to know of a source already stored: enough to skip an unchanged file or to
/// replace a changed one under the same slug.
struct StoredSource: Sendable {
    let id: Int
    let slug: String
    let contentHash: String
    let lexiconHash: String
    /// The file's size and time when it was stored (nil for a source stored before argkb kept them).
    let stamp: FileStamp?
}

/// Looks up stored sources by path and slugs by name, one indexed query each (`sources_by_path`,
/// the slug's UNIQUE index), instead of loading every source at the start of a run: memory does
/// not grow with the sources already stored, and a lookup made with the write lock held sees what
/// another run committed meanwhile.
final class StoredSources {
    private let byPath: Statement
    private let slug: Statement
    private let stamp: Statement
    private let byContent: Statement

    init(db: Database) throws {
        byPath = try db.prepare(
            """
            SELECT id, slug, content_hash, lexicon_hash, file_size, file_modified FROM sources WHERE path = ?
            ORDER BY id DESC LIMIT 1
            """)
        slug = try db.prepare("SELECT EXISTS (SELECT 1 FROM sources WHERE slug = ?)")
        stamp = try db.prepare("UPDATE sources SET file_size = ?, file_modified = ? WHERE id = ?")
        byContent = try db.prepare("SELECT path FROM sources WHERE content_hash = ? AND path <> ? LIMIT 1")
    }

    /// The source stored from `path`, if any.
    func lookUp(_ path: String) throws -> StoredSource? {
        var found: StoredSource?
        try byPath.forEach([path]) { row in
            found = StoredSource(
                id: row.int(at: 0), slug: row.string(at: 1) ?? "",
                contentHash: row.string(at: 2) ?? "", lexiconHash: row.string(at: 3) ?? "",
                stamp: row.isNull(at: 4) || row.isNull(at: 5)
                    ? nil : FileStamp(size: row.int(at: 4), modified: row.int(at: 5)))
        }
        return found
    }

    /// The sources stored from `paths`, by path (the paths of a batch, for its extraction threads).
    func lookUp(_ paths: [String]) throws -> [String: StoredSource] {
        var result: [String: StoredSource] = [:]
        for path in paths {
            if let source = try lookUp(path) { result[path] = source }
        }
        return result
    }

    /// Records a new size and time for a source whose file has the same bytes.
    func restamp(_ sourceID: Int, _ newStamp: FileStamp) throws {
        try stamp.execute(newStamp.size, newStamp.modified, sourceID)
    }

    /// The path of another stored source with exactly these bytes (`sources_by_content`), if any,
    /// including one written earlier in this transaction.
    func otherPath(withContent contentHash: String, than path: String) throws -> String? {
        var found: String?
        try byContent.forEach([contentHash, path]) { found = $0.string(at: 0) }
        return found
    }

    /// True when a stored source has this slug (including one written earlier in this transaction).
    func slugIsTaken(_ candidate: String) throws -> Bool {
        var taken = false
        try slug.forEach([candidate]) { taken = $0.int(at: 0) == 1 }
        return taken
    }
}
