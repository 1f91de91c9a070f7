import Foundation
import Store

/// The formats of `argkb export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json
}

/// Writes every table (and optionally every view) of the database as one file each, `NAME.csv` or
/// `NAME.json`, through `ListingRenderer`: CSV as RFC 4180 with a header row, JSON as an array of
/// objects.
///
/// Table names come from `sqlite_master`, never from input. The FTS5 indexes (`sentences_fts`, `source_titles_fts`) and their
/// shadow tables are left out: they hold no data of their own (`sentences` and `sources` are their content).
/// A table whose rows a view gives whole, with more columns, is written through that view
/// (`sentence_spans` as `sentences`, with each sentence's text).
///
/// ```swift
/// let written = try TableExporter(db: db).export(to: URL(fileURLWithPath: "out"), format: .csv)
/// ```
public struct TableExporter {
    let db: Database

    public init(db: Database) { self.db = db }

    /// A file written: the table or view, its file name, its row count.
    public struct Written: Sendable, Equatable {
        public let name: String
        public let kind: String
        public let file: String
        public let rows: Int
    }

    /// The tables (and views) to export, in name order: ordinary tables only, no `sqlite_` internals,
    /// no virtual tables and no shadow tables of a virtual table.
    /// Tables written through a view that has all their rows and columns, and more: table → view.
    static let exportedThroughView = ["sentence_spans": "sentences"]

    public func exportableNames(includeViews: Bool) throws -> [(name: String, kind: String, sql: String)] {
        let rows = try db.rows(
            "SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        let virtual = rows.filter { ($0.string("sql") ?? "").uppercased().hasPrefix("CREATE VIRTUAL TABLE") }
            .compactMap { $0.string("name") }
        return rows.compactMap { row in
            guard let name = row.string("name"), let type = row.string("type") else { return nil }
            if name.hasPrefix("sqlite_") || virtual.contains(name) { return nil }
            if virtual.contains(where: { name.hasPrefix($0 + "_") }) { return nil }
            if Self.exportedThroughView.values.contains(name) { return nil }
            if let view = Self.exportedThroughView[name] {
                let sql = rows.first { $0.string("name") == view }?.string("sql") ?? ""
                return (view, "view", sql)
            }
            if type == "view" && !includeViews { return nil }
            return (name, type, row.string("sql") ?? "")
        }
        .sorted { $0.name < $1.name }
    }

    /// Writes the files into `folder`, creating it (and its parents) when missing.
    ///
    /// Every table is read in one read transaction, so the files are one snapshot of the database
    /// even while an ingest writes to it (WAL: the reader keeps the snapshot of its first read).
    /// - Parameter neutralizeFormulas: CSV cells that a spreadsheet would run as formulas get a
    ///   leading `'` (see `ListingRenderer.render`).
    /// - Throws: `QueryError.invalid` when the folder cannot be created or a file cannot be written.
    @discardableResult
    public func export(
        to folder: URL, format: ExportFormat, includeViews: Bool = false,
        neutralizeFormulas: Bool = true
    ) throws -> [Written] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw QueryError.invalid("cannot export into \(folder.path): it exists and is not a folder")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw QueryError.invalid("cannot create the folder \(folder.path): \((error as NSError).localizedDescription)")
        }
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        var written: [Written] = []
        for (name, kind, sql) in try exportableNames(includeViews: includeViews) {
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            // Rowid order is insertion order for ordinary tables, and a table's view keeps it by id;
            // other views and WITHOUT ROWID tables keep theirs.
            let isTableView = Self.exportedThroughView.values.contains(name)
            let order =
                isTableView
                ? " ORDER BY id" : kind == "table" && !sql.uppercased().contains("WITHOUT ROWID") ? " ORDER BY rowid" : ""
            let listing = try db.listing("SELECT * FROM \(quoted)\(order)")
            let file = "\(name).\(format.rawValue)"
            let text = ListingRenderer.render(
                listing, as: format == .csv ? .csv : .json,
                neutralizeFormulas: neutralizeFormulas)
            try OutputFile.write(text, to: folder.appendingPathComponent(file).path)
            written.append(Written(name: name, kind: kind, file: file, rows: listing.rows.count))
        }
        return written
    }
}
