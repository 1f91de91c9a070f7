import Foundation
import Store

// libFuzzer target: QuestionParser.words, then Asker.ask against a database of the seeds
// (read-only, path in $ARGKB_FUZZ_DB; `make fuzz` builds it). Any question must give an answer or
// a QuestionError handled by the fallback search: never a crash or a DatabaseError.

nonisolated(unsafe) private var seedDatabase: Database? = {
    guard let path = ProcessInfo.processInfo.environment["ARGKB_FUZZ_DB"] else { return nil }
    do {
        let db = try Database.openExisting(path: path, readOnly: true)
        db.restrictToQueries()
        return db
    } catch {
        fatalError("cannot open the seed database \(path): \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestion(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    for word in QuestionParser.words(text) {
        require(!word.isEmpty, "an empty word")
        require(word.first!.isLetter || word.first!.isNumber, "word \(word.debugDescription) starts with punctuation")
        require(word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "." }, "word \(word.debugDescription)")
    }
    guard let db = seedDatabase else { return 0 }
    do {
        let answer = try Asker(db: db).ask(text)
        require(answer.listing.rows.allSatisfy { $0.count == answer.listing.columns.count }, "ragged rows")
    } catch let error as QueryError {
        // Only the empty search is an expected refusal.
        require("\(error)".contains("empty"), "unexpected QueryError \(error)")
    } catch {
        require(false, "ask failed on \(text.debugDescription): \(error)")
    }
    return 0
}
