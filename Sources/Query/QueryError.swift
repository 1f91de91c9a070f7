/// A question argkb cannot answer as asked.
public enum QueryError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .notFound(let message), .invalid(let message): return message
        }
    }
}
