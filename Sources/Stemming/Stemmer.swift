internal import CStemmer
import Foundation

/// The Snowball English stemmer (Porter2, <https://snowballstem.org/algorithms/english/stemmer.html>)
/// through the C library Debian packages as libstemmer: a word family shares one stem ("join",
/// "joins", "joined", "joining" → "join"; "ally", "allies", "allied" → "alli").
///
/// ```swift
/// let stemmer = Stemmer()
/// stemmer.stem("invading")   // "invad"
/// ```
/// Chosen over hand-written suffix stripping: Porter2 is the published algorithm of Porter's own
/// project, maintained, tested on its published vocabulary (`StemmerTests`), and the C library is
/// what Lucene, Xapian and PostgreSQL use. A `Stemmer` is not thread-safe (the C stemmer keeps its
/// state): make one per thread, or use `Stemmer.shared`, which locks.
public final class Stemmer {
    private let handle: OpaquePointer?

    /// An English stemmer over UTF-8.
    public init() {
        handle = sb_stemmer_new("english", "UTF_8")
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a word, lower-cased; the word itself when the stemmer could not be made.
    public func stem(_ word: String) -> String {
        let lower = word.lowercased()
        guard let handle else { return lower }
        var bytes = Array(lower.utf8)
        let result: String? = bytes.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress,
                let stemmed = sb_stemmer_stem(handle, base, Int32(buffer.count))
            else { return nil }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
        return result ?? lower
    }

    /// The stems of a phrase's words ("military alliances" → ["militari", "allianc"]).
    public func stems(ofPhrase phrase: String) -> [String] {
        phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }).map { stem(String($0)) }
    }
}

/// One stemmer shared by threads, behind a lock, with the stems it made kept: the extraction
/// threads stem the few words that could start a proposition's term, and most recur.
public final class SharedStemmer: @unchecked Sendable {
    public static let english = SharedStemmer()

    private let lock = NSLock()
    private let stemmer = Stemmer()
    private var cache: [String: String] = [:]
    /// The most stems kept; past it the cache starts again (a bound on memory, not a policy).
    private static let capacity = 200_000

    /// The stem of a word (lower-cased).
    public func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[word] { return known }
        let stem = stemmer.stem(word)
        if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }
}
