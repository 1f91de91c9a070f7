// Shared checks for the fuzz targets: a violated invariant stops the fuzzer with a message (and
// libFuzzer saves the input as crash-*), exactly like a crash.

/// Stops the run when `condition` is false.
@inline(__always)
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: " + message()) }
}

/// The fuzzer's bytes as a String (invalid UTF-8 repaired, as the reader never passes it on anyway).
func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// True for white space as `ScalarText.trimmed` sees it.
func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

/// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", with a real month, day, hour and minute.
func checkISODate(_ value: String) {
    let s = Array(value.utf8)
    require(s.count == 10 || s.count == 16, "date \(value) has the wrong length")
    func number(_ range: Range<Int>) -> Int? { Int(String(decoding: s[range], as: UTF8.self)) }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
        return require(false, "date \(value) is not numeric")
    }
    require(s[4] == UInt8(ascii: "-") && s[7] == UInt8(ascii: "-"), "date \(value) separators")
    require((1...12).contains(month) && (1...31).contains(day) && year > 0, "date \(value) out of range")
    if s.count == 16 {
        require(s[10] == UInt8(ascii: "T") && s[13] == UInt8(ascii: ":"), "date \(value) time separators")
        guard let hour = number(11..<13), let minute = number(14..<16) else { return require(false, "time of \(value)") }
        require((0...23).contains(hour) && (0...59).contains(minute), "time of \(value) out of range")
    }
}
