import Domain

/// A canonical actor of the gazetteer (one line of `data/lexicon/actors.tsv`).
///
/// ```swift
/// let russia = gazetteer.actor(named: "Kremlin")   // ActorEntry(name: "Russia", kind: "state", ...)
/// ```
public struct ActorEntry: Sendable, Equatable {
    /// The canonical name, unique in the gazetteer ("Russia", "Vladimir Putin", "the West").
    public let name: String
    public let kind: ActorKind
    /// ISO 3166 alpha-3 code of the actor's country, when it has one.
    public let countryCode: String?
    /// Every surface form that names the actor, the canonical name first (as `name`).
    public let aliases: [ActorAlias]
    /// Lower-case words that cancel a match when they directly follow it ("western borders").
    public let notBefore: Set<String>

    public init(name: String, kind: ActorKind, countryCode: String?, aliases: [ActorAlias], notBefore: Set<String> = []) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.aliases = aliases
        self.notBefore = notBefore
    }
}

/// One surface form of an actor, as the lexicon lists it.
public struct ActorAlias: Sendable, Equatable {
    /// The alias as written in the lexicon, without matching markers ("Moscow", "U.S.", "Defense News").
    public let text: String
    public let kind: AliasKind
    /// True when the matcher compares case exactly (one-word aliases, acronyms, `=` in the lexicon).
    public let matchesExactCase: Bool
    /// True for a combining form ("Sino") that may also prefix another name inside one word ("SinoRussian").
    public let isCombiningForm: Bool

    public init(text: String, kind: AliasKind, matchesExactCase: Bool = true, isCombiningForm: Bool = false) {
        self.text = text
        self.kind = kind
        self.matchesExactCase = matchesExactCase
        self.isCombiningForm = isCombiningForm
    }
}
