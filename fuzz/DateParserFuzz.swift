// libFuzzer target: DateParser.parse on any text: no crash, and an answer is always a real ISO date.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDateParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    if let date = DateParser.parse(text) {
        checkISODate(date)
        // A date it printed reads back as itself.
        require(DateParser.parse(date) == date, "\(date) does not parse back")
    }
    return 0
}
