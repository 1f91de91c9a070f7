import Domain

/// Rules for the lines around the headline that state who, where and when: site name, byline,
/// date, avatar, the article's own URL.
enum HeaderRules {
    /// "Valerio Fabbri's Blog", "Eurasia Review", "eurasiareview.com": a short line naming a site.
    static func isSiteName(_ line: LineShape) -> Bool {
        guard line.wordCount <= 6, !line.endsWithPeriod, !line.endsWithQuestion, !line.endsOpen else { return false }
        if line.wordCount == 1, isDomainName(line.text) { return true }
        guard line.wordCount >= 2, line.isTitleCase || line.wordCount <= 3, let last = line.words.last else { return false }
        return ChromeVocabulary.publisherWords.contains(last)
    }

    /// "tamilguardian.com", "www.example.org": letters and dots ending in a 2–6 letter suffix.
    static func isDomainName(_ text: String) -> Bool {
        let parts = text.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count),
            tld.allSatisfy({ $0.isLetter })
        else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// A date standing alone on its line, with an optional label: "2 December 2020, 16:43",
    /// "Published: 09 Feb 2021", "Posted on December 17, 2021".
    static func dateLine(_ line: LineShape) -> String? {
        guard line.wordCount <= 8, line.hasNumber else { return nil }
        if let date = DateParser.parse(line.text) { return date }
        // A label may follow a stray mark of the flattened page (". Last Updated: 07/27/2016").
        let text = String(line.text.drop { !$0.isLetter && !$0.isNumber })
        let lower = text.lowercased()
        for label in dateLabels where lower.hasPrefix(label) {
            let rest = String(text.unicodeScalars.dropFirst(label.unicodeScalars.count))
            let trimmed = rest.trimmingSpaces.drop(while: { $0 == ":" })
            if let date = DateParser.parse(String(trimmed)) { return date }
        }
        return nil
    }

    /// Labels a site prints before a date (longest first).
    static let dateLabels = WordLists.builtIn.ordered(.dateLabels)

    /// English month names: "March" alone is no name; other languages' months are first names
    /// ("Avril", "Julio").
    static let englishMonthNames = Set(WordLists.builtIn.values(.monthNames).keys)

    /// A breadcrumb trail that ends with the article's title ("Home / Publications / The Title"):
    /// the last crumb. The trail opens with a menu entry and has at least two crumbs.
    static func breadcrumbTitle(_ line: LineShape) -> String? {
        guard line.wordCount <= 30 else { return nil }
        for separator in [" / ", " > ", " » ", " › ", " → "] where line.text.contains(separator) {
            let crumbs = line.text.components(separatedBy: separator).map(\.trimmingSpaces)
            guard crumbs.count >= 2, let first = crumbs.first, let last = crumbs.last,
                ChromeVocabulary.navigationItems.contains(first.lowercased()),
                !ChromeVocabulary.navigationItems.contains(last.lowercased()), last.split(separator: " ").count >= 2
            else { continue }
            return last
        }
        return nil
    }

    /// A byline: "By Jane Doe", "Author: Jane Doe", "Written by Jane Doe | 9 Feb 2021".
    /// Gives the author and, when the byline carries one, the date.
    static func byline(_ line: LineShape) -> (author: String, date: String?)? {
        guard line.wordCount <= 12 else { return nil }
        let lower = line.text.lowercased()
        guard let label = bylineLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = String(line.text.unicodeScalars.dropFirst(label.unicodeScalars.count)).trimmingSpaces
        // Fields after the name: "Jane Doe | 9 Feb 2021", "Jane Doe, 9 Feb 2021", "Jane Doe on 9 Feb 2021".
        var fields = rest.split(whereSeparator: { "|·•".contains($0) }).map { String($0).trimmingSpaces }
        for separator in [", ", " on "] {
            if let first = fields.first, let cut = first.range(of: separator) {
                fields[0] = String(first[..<cut.lowerBound])
                fields.insert(String(first[cut.upperBound...]), at: 1)
            }
        }
        guard let name = fields.first,
            isPersonName(name, maxWords: 5) || ChromeVocabulary.genericAccountNames.contains(name.lowercased())
        else { return nil }
        let date = fields.dropFirst().lazy.compactMap { DateParser.parse($0) }.first
        return (name, date)
    }

    /// Byline labels (lower-case, with their colon), each followed by a space.
    static let bylineLabels = WordLists.builtIn.ordered(.bylineLabels).map { $0 + " " }

    /// A person's name alone on a line: 2–4 capitalized words of letters ("Perizat RISBEK KIZI",
    /// "J. R. Smith", "Jean-Luc de la Tour"), no function words, no digits.
    static func isPersonName(_ text: String, maxWords: Int = 4) -> Bool {
        let pieces = text.split(separator: " ").map(String.init)
        guard (1...maxWords).contains(pieces.count) else { return false }
        var capitalized = 0
        for piece in pieces {
            if nameParticles.contains(piece) { continue }
            guard let first = piece.unicodeScalars.first, first.properties.isUppercase,
                piece.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || "-.'’".unicodeScalars.contains($0) }),
                !LineShape.minorWords.contains(piece.lowercased()),
                !ChromeVocabulary.publisherWords.contains(piece.lowercased()),
                !englishMonthNames.contains(piece.lowercased())
            else { return false }
            capitalized += 1
        }
        return capitalized >= (pieces.count == 1 ? 1 : 2)
    }

    /// Lower-case parts of names.
    static let nameParticles = WordLists.builtIn.set(.nameParticles)

    /// "Админ's picture": alt text of a byline avatar. Gives the name.
    static func avatarName(_ line: LineShape) -> String? {
        guard line.wordCount <= 6 else { return nil }
        for suffix in ChromeVocabulary.avatarSuffixes where line.text.lowercased().hasSuffix(suffix) {
            let name = String(line.text.unicodeScalars.dropLast(suffix.unicodeScalars.count)).trimmingSpaces
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// "URL: https://…", "Originally published at https://…": the article's own address.
    static func ownURL(_ line: LineShape) -> String? {
        guard line.wordCount <= 8 else { return nil }
        let lower = line.text.lowercased()
        guard ownURLLabels.contains(where: { lower.hasPrefix($0) }) else { return nil }
        let links = LinkFinder.urls(in: line.text)
        return links.count == 1 ? links[0].url : nil
    }

    static let ownURLLabels = WordLists.builtIn.ordered(.ownURLLabels)
}
