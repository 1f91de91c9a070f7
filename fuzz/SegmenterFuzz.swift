// libFuzzer target: Segmenter().sentences on any text taken as paragraphs of every kind.
//
// The input is split at blank lines into paragraphs (the normalizer's shape), the first byte chooses
// their kinds, so titles, headings, list items and bodies are all exercised without the normalizer.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let kinds: [Paragraph.Kind] = [.body, .title, .heading, .listItem]
    let selector = Int(data[0])
    let text = ScalarText(fuzzText(data + 1, size - 1))
    // Paragraph spans: maximal runs between "\n\n", untrimmed (the segmenter must trim).
    var paragraphs: [Paragraph] = []
    var start = 0
    var i = 0
    let s = text.scalars
    while i <= s.count {
        if i == s.count || (s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n") {
            if i > start {
                paragraphs.append(Paragraph(span: TextSpan(start: start, end: i), kind: kinds[(selector >> (paragraphs.count % 4 * 2)) & 3]))
            }
            i += 2
            start = i
        } else {
            i += 1
        }
    }
    let sentences = Segmenter().sentences(in: text, paragraphs: paragraphs)
    var previousEnd = 0
    for (index, sentence) in sentences.enumerated() {
        let span = sentence.span
        require(paragraphs.indices.contains(sentence.paragraphIndex), "sentence \(index) has no paragraph")
        require(paragraphs[sentence.paragraphIndex].span.contains(span), "sentence \(index) \(span) outside its paragraph")
        require(span.length > 0 && span.start >= previousEnd, "sentence \(index) \(span) empty or out of order")
        require(!isSpace(s[span.start]) && !isSpace(s[span.end - 1]), "sentence \(index) \(span) not trimmed")
        require(Array(text[span].unicodeScalars) == Array(s[span.range]), "sentence \(index) text differs from its span")
        previousEnd = span.end
    }
    // Every paragraph with readable text yields at least one sentence.
    for (index, paragraph) in paragraphs.enumerated() where !text.trimmed(paragraph.span).isEmpty {
        require(sentences.contains { $0.paragraphIndex == index }, "paragraph \(index) lost")
    }
    return 0
}
