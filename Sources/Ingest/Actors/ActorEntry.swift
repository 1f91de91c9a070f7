/// A canonical actor of the gazetteer (one line of `data/lexicon/actors.tsv`).
///
/// ```swift
/// let russia = gazetteer.actor(named: "Kremlin")   // ActorEntry(name: "Russia", kind: "state", ...)
/// ```
public struct ActorEntry: Sendable, Equatable {
    /// The canonical name, unique in the gazetteer ("Russia", "Vladimir Putin", "the West").
    public let name: String
    /// A value of `actors.kind`: state, person, organization, region, bloc, initiative, company, media.
    public let kind: String
    /// ISO 3166 alpha-3 code of the actor's country, when it has one.
    public let countryCode: String?
    /// Every surface form that names the actor, the canonical name first (as `name`).
    public let aliases: [ActorAlias]
    /// Lower-case words that cancel a match when they directly follow it ("western borders").
    public let notBefore: Set<String>

    public init(name: String, kind: String, countryCode: String?, aliases: [ActorAlias], notBefore: Set<String> = []) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.aliases = aliases
        self.notBefore = notBefore
    }

    /// The values `actors.kind` accepts (the CHECK constraint in schema.sql).
    public static let kinds: Set<String> = [
        "state", "person", "organization", "region", "bloc", "initiative", "company", "media",
    ]
}

/// One surface form of an actor, as the lexicon lists it.
public struct ActorAlias: Sendable, Equatable {
    /// The alias as written in the lexicon, without matching markers ("Moscow", "U.S.", "Defense News").
    public let text: String
    /// A value of `actor_aliases.alias_kind`: name, acronym, metonym, demonym, adjective, short.
    public let kind: String
    /// True when the matcher compares case exactly (one-word aliases, acronyms, `=` in the lexicon).
    public let matchesExactCase: Bool
    /// True for a combining form ("Sino") that may also prefix another name inside one word ("SinoRussian").
    public let isCombiningForm: Bool

    public init(text: String, kind: String, matchesExactCase: Bool = true, isCombiningForm: Bool = false) {
        self.text = text
        self.kind = kind
        self.matchesExactCase = matchesExactCase
        self.isCombiningForm = isCombiningForm
    }

    /// The values `actor_aliases.alias_kind` accepts (the CHECK constraint in schema.sql).
    public static let kinds: Set<String> = ["name", "acronym", "metonym", "demonym", "adjective", "short"]
}
