/// A direct quotation, possibly running over several sentences of a paragraph.
struct Quotation: Sendable, Hashable {
    /// Where the quoted words start: sentence index and token index (after the opening mark).
    var startSentence: Int
    var startToken: Int
    /// Where they end: sentence index and token index of the closing mark (or the sentence's token
    /// count when the paragraph ends before the quote closes).
    var endSentence: Int
    var endToken: Int
    /// Words inside; a quotation of a few words is a term or scare quote, not reported speech.
    var wordCount: Int

    /// Fewer words than this are a quoted term ("alliance", “complementary advantages”), not speech.
    static let minimumSpeechWords = 5

    var isSpeech: Bool { wordCount >= Quotation.minimumSpeechWords }

    /// True when token `token` of sentence `sentence` lies inside the quotation.
    func contains(sentence: Int, token: Int) -> Bool {
        if sentence < startSentence || sentence > endSentence { return false }
        if sentence == startSentence, token < startToken { return false }
        if sentence == endSentence, token >= endToken { return false }
        return true
    }
}

/// Pairs quotation marks over the sentences of each paragraph.
///
/// “ and « open, ” and » close, a straight " closes an open quotation and opens otherwise: English
/// news text mixes them ("“... rule it out"."). A quotation left open at the end of a paragraph
/// ends there.
enum QuoteScanner {
    static func quotations(in document: AnalyzedText) -> [Quotation] {
        var result: [Quotation] = []
        var open: Quotation?
        var previousParagraph = -1
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            if sentence.paragraphIndex != previousParagraph {
                if var pending = open {
                    close(&pending, at: sentenceIndex - 1, token: document.tokens[sentenceIndex - 1].count)
                    result.append(pending)
                    open = nil
                }
                previousParagraph = sentence.paragraphIndex
            }
            for (tokenIndex, token) in document.tokens[sentenceIndex].enumerated() {
                // Quotation marks are punctuation tokens: other tokens skip the string comparisons.
                guard token.kind == .punctuation else {
                    if token.kind == .word, open != nil { open?.wordCount += 1 }
                    continue
                }
                switch token.text {
                case "“", "«":
                    if open == nil { open = start(sentenceIndex, tokenIndex + 1) }
                case "”", "»":
                    if var pending = open {
                        close(&pending, at: sentenceIndex, token: tokenIndex)
                        result.append(pending)
                        open = nil
                    }
                case "\"":
                    if var pending = open {
                        close(&pending, at: sentenceIndex, token: tokenIndex)
                        result.append(pending)
                        open = nil
                    } else {
                        open = start(sentenceIndex, tokenIndex + 1)
                    }
                default:
                    if token.kind == .word, open != nil { open?.wordCount += 1 }
                }
            }
        }
        if var pending = open, let last = document.sentences.indices.last {
            close(&pending, at: last, token: document.tokens[last].count)
            result.append(pending)
        }
        return result
    }

    private static func start(_ sentence: Int, _ token: Int) -> Quotation {
        Quotation(startSentence: sentence, startToken: token, endSentence: sentence, endToken: token, wordCount: 0)
    }

    private static func close(_ quotation: inout Quotation, at sentence: Int, token: Int) {
        quotation.endSentence = sentence
        quotation.endToken = token
    }
}
