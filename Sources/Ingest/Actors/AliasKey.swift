/// How tokens and aliases are compared: the folding shared by the gazetteer, the trie and the tagger.
enum AliasKey {
    /// The case-folded key of a token: lower case, typographic apostrophes as "'", hyphens and en
    /// dashes as "-" (texts write "Sino–Russian" as often as "Sino-Russian").
    static func folded(_ text: String) -> String {
        exact(text).lowercased()
    }

    /// The token with apostrophes and dashes folded but case kept, for exact-case comparison.
    static func exact(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isFoldable($0) }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "’", "‘", "ʼ": view.append("'")
            case "‐", "‑", "–": view.append("-")
            default: view.append(scalar)
            }
        }
        return String(view)
    }

    private static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "‘" || scalar == "ʼ" || scalar == "‐" || scalar == "‑" || scalar == "–"
    }

    /// The tokens of an alias, tokenized as text is, so that "U.S." and "Asia-Pacific" line up.
    static func tokens(of alias: String) -> [String] {
        Tokenizer.tokenize(ScalarText(alias)).map(\.text)
    }

    /// True for an acronym token: two or more letters, all upper case or digits ("US", "G7", "U.S.").
    static func isAcronym(_ token: String) -> Bool {
        var letters = 0
        for scalar in token.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2 || (letters == 1 && token.unicodeScalars.contains { ("0"..."9").contains($0) })
    }
}
