/// Parses the `pattern` cell of `relations.tsv` into pattern elements.
enum RelationPatternParser {
    /// The default and largest width of a `...` gap, in tokens.
    static let defaultGap = 4
    static let maximumGap = 15

    struct Parsed {
        let leading: LeadingSlot?
        let elements: [PatternElement]
    }

    /// - Throws: a message (without file and line) when the pattern is malformed.
    static func parse(_ pattern: String) throws(PatternSyntaxError) -> Parsed {
        var parts = pattern.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !parts.isEmpty else { throw PatternSyntaxError("empty pattern") }

        var leading: LeadingSlot?
        if let role = slotRole(parts[0]) {
            parts.removeFirst()
            var acrossGap = false
            if let first = parts.first, gapWidth(first) != nil {
                acrossGap = true
                parts.removeFirst()
            }
            leading = LeadingSlot(role: role, acrossGap: acrossGap)
        }

        var elements: [PatternElement] = []
        for part in parts {
            if let role = slotRole(part) {
                elements.append(.slot(role))
            } else if let width = gapWidth(part) {
                guard width > 0, width <= maximumGap else {
                    throw PatternSyntaxError("gap '\(part)' must be between ...1 and ...\(maximumGap)")
                }
                elements.append(.gap(max: width))
            } else {
                elements.append(try word(part))
            }
        }

        guard case .word(_, optional: false)? = elements.first else {
            throw PatternSyntaxError("the first element after a leading slot must be a required word (the anchor)")
        }
        let roles =
            (leading.map { [$0.role] } ?? [])
            + elements.compactMap { element -> SlotRole? in
                if case .slot(let role) = element { return role }
                return nil
            }
        guard roles.filter({ $0 == .subject }).count == 1 else {
            throw PatternSyntaxError("a pattern needs exactly one X (the subject)")
        }
        guard roles.filter({ $0 == .object }).count <= 1 else {
            throw PatternSyntaxError("a pattern has at most one Y (the object)")
        }
        if case .gap? = elements.last { throw PatternSyntaxError("a pattern cannot end with a gap") }
        return Parsed(leading: leading, elements: elements)
    }

    private static func slotRole(_ part: String) -> SlotRole? {
        switch part {
        case "X": return .subject
        case "Y": return .object
        default: return nil
        }
    }

    /// `...` gives the default width, `...6` a width of six tokens.
    private static func gapWidth(_ part: String) -> Int? {
        guard part.hasPrefix("...") else { return nil }
        let digits = part.dropFirst(3)
        if digits.isEmpty { return defaultGap }
        return Int(digits) ?? -1
    }

    /// `sell/sells/sold`, `cooperat*`, `the?`.
    private static func word(_ part: String) throws(PatternSyntaxError) -> PatternElement {
        var body = Substring(part.lowercased().replacingOccurrences(of: "’", with: "'"))
        let optional = body.hasSuffix("?") && body.count > 1
        if optional { body = body.dropLast() }
        var exact: Set<String> = []
        var prefixes: [String] = []
        for form in body.split(separator: "/") {
            if form.hasSuffix("*") {
                let prefix = String(form.dropLast())
                guard prefix.count >= 3 else {
                    throw PatternSyntaxError("prefix '\(form)' needs at least three letters before *")
                }
                prefixes.append(prefix)
            } else {
                exact.insert(String(form))
            }
        }
        guard !exact.isEmpty || !prefixes.isEmpty else { throw PatternSyntaxError("empty word '\(part)'") }
        return .word(WordMatcher(exact: exact, prefixes: prefixes), optional: optional)
    }
}

struct PatternSyntaxError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
