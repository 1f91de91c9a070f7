import Domain

/// Reads a publication date written the way news and blog sites print them, and gives it back as
/// ISO 8601 (`"2021-02-09"`, or `"2020-12-02T16:43"` when a time is printed).
///
/// ```swift
/// DateParser.parse("2 December 2020, 16:43")   // "2020-12-02T16:43"
/// DateParser.parse("December 17, 2021")        // "2021-12-17"
/// DateParser.parse("print 9 2 2021")           // nil: not only a date (the normalizer strips "print")
/// ```
///
/// The whole text must be a date (weekday names, "on", "at", commas and a time zone are tolerated);
/// anything else gives nil, so the parser can be asked about any line without inventing dates.
///
/// Numeric dates (`9/2/2021`, `09.02.2021`, `9 2 2021`) are read **day first**: the corpus comes from
/// European, Russian and Asian sites, and the seeds print day-month-year. Month first is used only when
/// day first is impossible and month first is not (`12/25/2021`). Two-digit years are refused (too
/// ambiguous). Seconds and time zones are dropped: the time is kept as the page printed it.
public enum DateParser {
    /// The ISO 8601 form of `text`, or nil when `text` is not (only) a date.
    public static func parse(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        if let iso = parseISO(scalars) { return iso }
        var tokens = DateToken.scan(scalars)
        let time = extractTime(&tokens)
        if time == .invalid { return nil }
        guard let day = parseDay(tokens) else { return nil }
        if case .at(let hour, let minute) = time {
            return day + "T" + twoDigits(hour) + ":" + twoDigits(minute)
        }
        return day
    }

    // MARK: - ISO 8601

    /// `2021-02-09`, `2021-02-09T16:43`, `2021-02-09 16:43:05+03:00`, `2021-02-09T16:43:05Z`.
    private static func parseISO(_ s: [Unicode.Scalar]) -> String? {
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= s.count else { return nil }
            var value = 0
            for k in i..<(i + width) {
                guard let digit = digitValue(s[k]) else { return nil }
                value = value * 10 + digit
            }
            i += width
            return value
        }
        func skipSpaces() { while i < s.count, s[i].properties.isWhitespace { i += 1 } }
        skipSpaces()
        guard let year = number(4), i < s.count, s[i] == "-" else { return nil }
        i += 1
        guard let month = number(2), i < s.count, s[i] == "-" else { return nil }
        i += 1
        guard let day = number(2), let date = isoDay(year: year, month: month, day: day) else { return nil }
        skipSpaces()
        if i == s.count { return date }
        if s[i] == "T" { i += 1 }
        skipSpaces()
        guard let hour = number(2), i < s.count, s[i] == ":", hour < 24 else { return nil }
        i += 1
        guard let minute = number(2), minute < 60 else { return nil }
        if i < s.count, s[i] == ":" {
            i += 1
            guard number(2) != nil else { return nil }
            if i < s.count, s[i] == "." {  // fractions of a second
                i += 1
                while i < s.count, digitValue(s[i]) != nil { i += 1 }
            }
        }
        // A time zone ("Z", "+03:00", " UTC") may follow; it is dropped.
        let rest = String(String.UnicodeScalarView(s[i...])).trimmingSpaces
        guard rest.isEmpty || isTimeZone(rest) else { return nil }
        return date + "T" + twoDigits(hour) + ":" + twoDigits(minute)
    }

    private static func isTimeZone(_ text: String) -> Bool {
        let lower = text.lowercased()
        if timeZoneWords.contains(lower) { return true }
        // "+03:00", "-0500"
        let scalars = Array(lower.unicodeScalars)
        guard let sign = scalars.first, sign == "+" || sign == "-" else { return false }
        return scalars.dropFirst().allSatisfy { digitValue($0) != nil || $0 == ":" } && scalars.count >= 3
    }

    // MARK: - Time of day

    private enum TimeOfDay: Equatable {
        case none, invalid
        case at(hour: Int, minute: Int)
    }

    /// Finds `HH:MM` (with optional `:SS`, am/pm and zone), removes it from `tokens`, and returns it.
    private static func extractTime(_ tokens: inout [DateToken]) -> TimeOfDay {
        guard let colon = tokens.firstIndex(of: .separator(":")), colon > 0, colon + 1 < tokens.count,
            case .number(let hourText) = tokens[colon - 1], case .number(let minuteText) = tokens[colon + 1],
            hourText.count <= 2, minuteText.count == 2,
            var hour = Int(hourText), let minute = Int(minuteText), minute < 60
        else {
            return tokens.contains(.separator(":")) ? .invalid : .none
        }
        var end = colon + 2
        if end + 1 < tokens.count, tokens[end] == .separator(":"), case .number = tokens[end + 1] { end += 2 }
        if end < tokens.count, case .word(let word) = tokens[end], word == "am" || word == "pm" || word == "a.m" || word == "p.m"
        {
            guard (1...12).contains(hour) else { return .invalid }
            if word.hasPrefix("p"), hour != 12 { hour += 12 }
            if word.hasPrefix("a"), hour == 12 { hour = 0 }
            end += 1
        }
        guard hour < 24 else { return .invalid }
        tokens.removeSubrange((colon - 1)..<end)
        return .at(hour: hour, minute: minute)
    }

    // MARK: - The calendar day

    /// Reads day, month and year from what is left once the time is gone.
    private static func parseDay(_ tokens: [DateToken]) -> String? {
        var parts: [DateToken] = []
        var separators: Set<Unicode.Scalar> = []
        for token in tokens {
            switch token {
            case .word(let word):
                if ignoredWords.contains(word) || timeZoneWords.contains(word) { continue }
                if monthNumbers[word] != nil { parts.append(token) } else { return nil }
            case .number:
                parts.append(token)
            case .separator(let s):
                if s != "," { separators.insert(s) }
            }
        }
        guard parts.count == 3 else { return nil }
        switch (parts[0], parts[1], parts[2]) {
        case (.number(let d), .word(let m), .number(let y)) where d.count <= 2:  // 2 December 2020
            return named(day: d, month: m, year: y)
        case (.word(let m), .number(let d), .number(let y)):  // December 17, 2021
            return named(day: d, month: m, year: y)
        case (.number(let y), .word(let m), .number(let d)) where y.count == 4:  // 2021 Feb 9
            return named(day: d, month: m, year: y)
        case (.number(let a), .number(let b), .number(let c)):
            // One separator style only: "9/2/2021", not "9/2-2021".
            guard separators.count <= 1 else { return nil }
            return numeric(a, b, c)
        default:
            return nil
        }
    }

    private static func named(day: String, month: String, year: String) -> String? {
        guard year.count == 4, day.count <= 2, let y = Int(year), let d = Int(day),
            let m = monthNumbers[month]
        else { return nil }
        return isoDay(year: y, month: m, day: d)
    }

    /// `yyyy m d`, else `d m yyyy` (day first), else `m d yyyy` when only that is a real date.
    private static func numeric(_ a: String, _ b: String, _ c: String) -> String? {
        guard let x = Int(a), let y = Int(b), let z = Int(c), b.count <= 2 else { return nil }
        if a.count == 4, c.count <= 2 { return isoDay(year: x, month: y, day: z) }
        guard c.count == 4, a.count <= 2 else { return nil }
        return isoDay(year: z, month: y, day: x) ?? isoDay(year: z, month: x, day: y)
    }

    /// "yyyy-mm-dd" when the day exists (leap years included) and the year is plausible for a page.
    static func isoDay(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return String(year) + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(s) ? Int(s.value) - 48 : nil
    }

    // MARK: - Vocabulary

    /// Month names and abbreviations (English; Russian genitive as Russian sites print them; the full
    /// names of other European languages, as a browser of that locale prints a saved page's date) →
    /// the month's number. English wins a clash.
    static let monthNumbers: [String: Int] = {
        let words = WordLists.builtIn
        let names = words.values(.monthNames)
            .merging(words.values(.monthNamesRussian)) { english, _ in english }
            .merging(words.values(.monthNamesEuropean)) { english, _ in english }
        return names.compactMapValues { Int($0) }
    }()

    /// Words a printed date may carry around the day itself: weekdays and linking words.
    static let ignoredWords = WordLists.builtIn.set(.dateIgnoredWords)

    /// Zone names dropped after a time.
    static let timeZoneWords = WordLists.builtIn.set(.timeZoneWords)
}

/// A piece of a printed date: a run of digits (ordinal suffix dropped), a word (lower-cased, final
/// dot dropped) or one separator scalar.
enum DateToken: Equatable {
    case number(String)
    case word(String)
    case separator(Unicode.Scalar)

    static func scan(_ s: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if DateParser.digitValue(c) != nil {
                let start = i
                while i < s.count, DateParser.digitValue(s[i]) != nil { i += 1 }
                tokens.append(.number(String(String.UnicodeScalarView(s[start..<i]))))
                // "4th", "22nd", "1st", "3rd": the suffix is part of the number.
                if i + 1 < s.count, ordinalSuffixes.contains(String(String.UnicodeScalarView(s[i...(i + 1)])).lowercased()),
                    i + 2 == s.count || !s[i + 2].properties.isAlphabetic
                {
                    i += 2
                }
            } else if c.properties.isAlphabetic {
                let start = i
                // "a.m." and "p.m." keep their inner dot.
                while i < s.count,
                    s[i].properties.isAlphabetic || (s[i] == "." && i + 1 < s.count && s[i + 1].properties.isAlphabetic)
                { i += 1 }
                tokens.append(.word(String(String.UnicodeScalarView(s[start..<i])).lowercased()))
                if i < s.count, s[i] == "." { i += 1 }  // "Feb.", "a.m."
            } else if c.properties.isWhitespace {
                i += 1
            } else {
                tokens.append(.separator(c))
                i += 1
            }
        }
        return tokens
    }

    private static let ordinalSuffixes = WordLists.builtIn.set(.ordinalSuffixes)
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
