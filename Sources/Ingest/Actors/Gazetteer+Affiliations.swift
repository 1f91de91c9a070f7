import Domain

extension Gazetteer {
    /// Each person, organization, company or media actor with a country code, mapped to the state
    /// of that code: "Vladimir Putin" → "Russia". CAMEO codes actors the same way (RUSGOV): when a
    /// proposition needs Russia and China, "Putin ... an alliance with Beijing" names both.
    public var stateAffiliations: [String: String] {
        var states: [String: String] = [:]
        for actor in actors where actor.kind == .state {
            if let code = actor.countryCode, states[code] == nil { states[code] = actor.name }
        }
        var affiliations: [String: String] = [:]
        for actor in actors where actor.kind.isAgent {
            if let code = actor.countryCode, let state = states[code] { affiliations[actor.name] = state }
        }
        return affiliations
    }
}
