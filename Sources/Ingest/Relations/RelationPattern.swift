import Domain

/// One row of `relations.tsv`, compiled.
///
/// A pattern is a token sequence: `X ... sell/sells/sold/selling ...3 arms/weapons ...3 to Y`.
/// `X` is always the relation's subject and `Y` its object, whatever order they are written in
/// (`Y ... watched by X` is a passive). See `data/lexicon/relations.tsv` for the full syntax.
public struct RelationPattern: Sendable {
    /// Whether the cue is a verb (context comes from the words between subject and verb) or a
    /// nominalization (context comes from the words governing the noun: "may form an alliance").
    public enum CueForm: String, Sendable { case verb, noun }

    /// The pattern as written in the lexicon.
    public let text: String
    public let predicate: RelationPredicate
    public let quadClass: QuadClass
    /// Symmetric relations are emitted in both directions; a pattern with `X` alone pairs up the
    /// actors of a coordinated `X` ("Russia and China conduct joint exercises").
    public let isSymmetric: Bool
    public let form: CueForm
    /// 1-based line in the lexicon file, for messages.
    public let lineNumber: Int

    /// A slot before the anchor word: searched leftwards from it.
    let leading: LeadingSlot?
    /// The anchor word first, then the rest, matched left to right.
    let elements: [PatternElement]

    /// How many words the pattern fixes: the more specific pattern wins at one anchor.
    var specificity: Int {
        elements.reduce(0) { count, element in
            if case .word(_, let optional) = element, !optional { return count + 1 }
            return count
        }
    }

    var hasObject: Bool {
        if leading?.role == .object { return true }
        return elements.contains { $0 == .slot(.object) }
    }
}

enum SlotRole: Sendable, Equatable { case subject, object }

/// A slot written before the anchor word: `X` (next to it, modifiers allowed) or `X ...` (anywhere
/// to the left in the same clause).
struct LeadingSlot: Sendable, Equatable {
    let role: SlotRole
    let acrossGap: Bool
}

enum PatternElement: Sendable, Equatable {
    case word(WordMatcher, optional: Bool)
    case gap(max: Int)
    case slot(SlotRole)
}

/// The forms one pattern word accepts: exact forms and prefixes (`cooperat*`).
struct WordMatcher: Sendable, Equatable {
    let exact: Set<String>
    let prefixes: [String]

    func matches(_ folded: String) -> Bool {
        exact.contains(folded) || prefixes.contains { folded.hasPrefix($0) }
    }
}
