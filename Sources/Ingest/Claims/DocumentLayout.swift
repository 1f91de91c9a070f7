/// Where the title, the lead and the lists of reasons are in a document.
struct DocumentLayout: Sendable {
    /// Sentences of title paragraphs.
    let titleSentences: [Int]
    /// The lead is the first claim in a paragraph up to this index.
    let leadParagraphLimit: Int
    /// List-item paragraphs that follow a paragraph announcing reasons ("The reasons:"), up to the
    /// next heading.
    let reasonListParagraphs: Set<Int>

    init(document: AnalyzedText, grammar: DiscourseLexicon) {
        titleSentences = document.sentences.indices.filter { index in
            let paragraph = document.sentences[index].paragraphIndex
            return document.paragraphs.indices.contains(paragraph) && document.paragraphs[paragraph].kind == .title
        }
        let lastTitle = document.paragraphs.lastIndex { $0.kind == .title } ?? -1
        leadParagraphLimit = lastTitle + ClaimExtractor.leadParagraphWindow

        var lastSentence: [Int: Int] = [:]
        for (index, sentence) in document.sentences.enumerated() { lastSentence[sentence.paragraphIndex] = index }
        var reasons = Set<Int>()
        var listOpen = false
        for (paragraph, kind) in document.paragraphs.map(\.kind).enumerated() {
            switch kind {
            case .title, .heading:
                listOpen = false
            case .listItem:
                if listOpen { reasons.insert(paragraph) }
            case .body:
                break
            }
            guard let sentence = lastSentence[paragraph] else { continue }
            let tokens = document.tokens[sentence]
            if tokens.last?.text == ":", grammar.occurs(.reasonList, in: tokens, range: 0..<tokens.count) {
                listOpen = true
            }
        }
        reasonListParagraphs = reasons
    }
}
