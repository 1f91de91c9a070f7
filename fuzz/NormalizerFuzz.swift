// libFuzzer target: Normalizer().normalize then Segmenter().sentences on any text.
//
// Invariants: no crash or hang; every paragraph is non-empty, inside the text, trimmed, and after
// the previous one; every sentence lies inside its paragraph, is non-empty and trimmed, and comes
// after the previous one; a link's span, when it has one, is inside the text; removed lines have
// line numbers of the raw text; a published date is ISO 8601. `ScalarText(text)[span]` then is
// exactly what the database stores and SQLite's substr() gives back.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = fuzzText(data, size)
    let source = Normalizer().normalize(raw, fileName: "fuzz.txt")
    let text = ScalarText(source.text)
    var previousEnd = 0
    for (index, paragraph) in source.paragraphs.enumerated() {
        let span = paragraph.span
        require(span.length > 0, "paragraph \(index) is empty: \(span)")
        require(span.start >= previousEnd && span.end <= text.count, "paragraph \(index) \(span) out of order or outside \(text.count)")
        require(!isSpace(text.scalars[span.start]) && !isSpace(text.scalars[span.end - 1]), "paragraph \(index) \(span) not trimmed")
        previousEnd = span.end
    }
    for link in source.links {
        if let span = link.span { require(span.start >= 0 && span.end <= text.count && span.length > 0, "link span \(span) outside the text") }
    }
    let lineCount = raw.isEmpty ? 0 : RawLines.split(raw).count
    for line in source.removedLines {
        require(line.lineNumber >= 1 && line.lineNumber <= lineCount, "removed line \(line.lineNumber) of \(lineCount)")
    }
    if let published = source.published { checkISODate(published) }

    let sentences = Segmenter().sentences(in: text, paragraphs: source.paragraphs)
    previousEnd = 0
    for (index, sentence) in sentences.enumerated() {
        let span = sentence.span
        require(source.paragraphs.indices.contains(sentence.paragraphIndex), "sentence \(index) has no paragraph")
        require(source.paragraphs[sentence.paragraphIndex].span.contains(span), "sentence \(index) \(span) outside its paragraph")
        require(span.length > 0 && span.start >= previousEnd, "sentence \(index) \(span) empty or out of order")
        require(!isSpace(text.scalars[span.start]) && !isSpace(text.scalars[span.end - 1]), "sentence \(index) \(span) not trimmed")
        require(text[span].unicodeScalars.count == span.length, "sentence \(index) text differs from its span")
        previousEnd = span.end
    }
    return 0
}
