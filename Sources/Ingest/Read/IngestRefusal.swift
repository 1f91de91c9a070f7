import Domain

/// Why a file was not ingested. `reason` values are those of `ingest_errors.reason` in schema.sql.
public struct IngestRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public typealias Reason = FileRefusal

    public let path: String
    public let reason: Reason
    /// What went wrong, for a person: printed as "path: message".
    public let message: String

    public init(path: String, reason: Reason, message: String) {
        self.path = path
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// A file argkb chose not to store, and why: a link out of the folders given, or a text already
/// stored under another name. Said on stderr; not an error (the exit code stays 0).
public struct SkippedFile: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
