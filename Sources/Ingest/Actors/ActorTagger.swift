import Domain

/// Finds the actors of a gazetteer in sentences: the "tag actors" stage.
///
/// ```swift
/// let tagger = ActorTagger(gazetteer: gazetteer)
/// let mentions = tagger.mentions(in: text, sentences: sentences, tokens: tokens)
/// // "Moscow’s view of Sino-Russian ties" -> Russia "Moscow’s" (metonym), China "Sino" (adjective),
/// //                                         Russia "Russian" (adjective)
/// ```
///
/// Rules:
/// - aliases match whole tokens, so "Russia" is never found in "Prussia" and "China" never in "Chinaware";
/// - the longest alias starting at a token wins and the scan continues after it: "Russian Far East"
///   is the region only, "Carnegie Moscow Center" is not Moscow;
/// - hyphenated compounds are split by the tokenizer, so "Sino-Russian" and "Russia-led" name their parts;
///   a combining form glued to a name ("SinoRussian") is split too;
/// - case: see `Gazetteer` (one-word aliases and acronyms exact, longer names in any case);
/// - a possessive ending ('s, ’s, bare ’) right after the alias is part of the mention's span;
/// - a match followed by one of the actor's `notBefore` words is dropped ("western borders").
///
/// The alias trie is built once here; tagging is linear in the number of tokens.
public struct ActorTagger: Sendable {
    private let gazetteer: Gazetteer
    private let trie: AliasTrie

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.trie = AliasTrie(actors: gazetteer.actors)
    }

    /// The mentions of all sentences, sorted by span. `tokens[i]` are the tokens of `sentences[i]`.
    public func mentions(in text: ScalarText, sentences: [Sentence], tokens: [[Token]]) -> [ActorMention] {
        var mentions: [ActorMention] = []
        var keys: [String] = []
        var keyHashes: [UInt64] = []
        var exact: [String] = []
        var matches: [AliasTrie.Match] = []
        for (sentenceIndex, sentenceTokens) in tokens.enumerated() where sentenceIndex < sentences.count {
            keys.removeAll(keepingCapacity: true)
            keyHashes.removeAll(keepingCapacity: true)
            exact.removeAll(keepingCapacity: true)
            for token in sentenceTokens {
                if token.text.utf8.allSatisfy({ $0 < 0x80 }) {
                    // ASCII: nothing to fold but case, which the token has done (`folded`, `key`).
                    exact.append(token.text)
                    keys.append(token.folded)
                    keyHashes.append(token.key)
                    continue
                }
                let kept = AliasKey.exact(token.text)
                exact.append(kept)
                let key = kept.lowercased()
                keys.append(key)
                keyHashes.append(WordKey.of(key))
            }
            var index = 0
            while index < sentenceTokens.count {
                guard sentenceTokens[index].kind == .word else {
                    index += 1
                    continue
                }
                trie.matches(at: index, keys: keys, keyHashes: keyHashes, exact: exact, into: &matches)
                if Self.isNegatedCompound(sentenceTokens, at: index) {
                    // "non-Arctic states", "anti-Western": the word denies the actor, it does not name it.
                    index = (longestAllowed(matches, tokens: sentenceTokens)?.last ?? index) + 1
                    continue
                }
                if let match = longestAllowed(matches, tokens: sentenceTokens) {
                    mentions.append(mention(match.terminal, sentenceIndex, sentenceTokens, match.first, match.last))
                    index = match.last + 1
                    continue
                }
                mentions.append(contentsOf: closedCompound(sentenceTokens[index], sentenceIndex, sentenceTokens, index))
                index += 1
            }
        }
        return mentions.sorted { $0.span < $1.span }
    }

    /// Prefixes that, joined by a hyphen, turn a name into its negation or opposite.
    static let negatingPrefixes = WordLists.builtIn.set(.negatingPrefixes)

    /// True when the word at `index` follows "non-", "anti-"... written as one compound.
    static func isNegatedCompound(_ tokens: [Token], at index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].kind == .punctuation,
            tokens[index - 1].text == "-" || tokens[index - 1].text == "–",
            tokens[index - 1].span.start == tokens[index - 2].span.end,
            tokens[index].span.start == tokens[index - 1].span.end
        else { return false }
        return negatingPrefixes.contains(tokens[index - 2].folded)
    }

    /// The longest match whose actor does not forbid the word after it.
    private func longestAllowed(_ matches: [AliasTrie.Match], tokens: [Token]) -> AliasTrie.Match? {
        for match in matches.reversed() {
            let notBefore = gazetteer.actors[match.terminal.actorIndex].notBefore
            guard !notBefore.isEmpty, match.last + 1 < tokens.count else { return match }
            if !notBefore.contains(tokens[match.last + 1].folded) { return match }
        }
        return nil
    }

    /// The mention of `tokens[first...last]`, with a possessive ending that follows it.
    private func mention(
        _ terminal: AliasTrie.Terminal, _ sentenceIndex: Int, _ tokens: [Token],
        _ first: Int, _ last: Int
    ) -> ActorMention {
        var end = tokens[last].span.end
        if last + 1 < tokens.count, tokens[last + 1].kind == .possessive, tokens[last + 1].span.start == end {
            end = tokens[last + 1].span.end
        }
        return ActorMention(
            sentenceIndex: sentenceIndex, actor: gazetteer.actors[terminal.actorIndex].name,
            span: TextSpan(start: tokens[first].span.start, end: end), aliasKind: terminal.aliasKind)
    }

    /// "SinoRussian": a combining form glued to a capitalized one-word alias, as when a hyphen was lost.
    private func closedCompound(_ token: Token, _ sentenceIndex: Int, _ tokens: [Token], _ index: Int) -> [ActorMention] {
        guard token.isCapitalized else { return [] }
        let word = AliasKey.exact(token.text)
        for (form, formTerminal) in trie.combiningForms where word.hasPrefix(form) {
            let rest = String(word.dropFirst(form.count))
            guard rest.unicodeScalars.first?.properties.isUppercase ?? false,
                let restTerminal = trie.singleWords[rest]
            else { continue }
            let formLength = form.unicodeScalars.count
            let formSpan = TextSpan(start: token.span.start, length: formLength)
            var restEnd = token.span.end
            if index + 1 < tokens.count, tokens[index + 1].kind == .possessive, tokens[index + 1].span.start == restEnd {
                restEnd = tokens[index + 1].span.end
            }
            let restSpan = TextSpan(start: token.span.start + formLength, end: restEnd)
            return [
                ActorMention(
                    sentenceIndex: sentenceIndex, actor: gazetteer.actors[formTerminal.actorIndex].name,
                    span: formSpan, aliasKind: formTerminal.aliasKind),
                ActorMention(
                    sentenceIndex: sentenceIndex, actor: gazetteer.actors[restTerminal.actorIndex].name,
                    span: restSpan, aliasKind: restTerminal.aliasKind),
            ]
        }
        return []
    }
}
