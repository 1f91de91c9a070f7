import Domain

/// Words whose final dot is usually not a sentence end. Case matters where a capital tells an
/// abbreviation from a word ("No. 5" against "said no."). Written without the final dot.
enum Abbreviations {
    /// Titles before a name: never the end of a sentence ("Mr. Putin", "Gen. Gerasimov").
    static let titles = WordLists.builtIn.set(.abbreviationTitles)

    /// Abbreviations always followed by more of the same sentence (lower-cased, inner dots kept).
    static let joining = WordLists.builtIn.set(.abbreviationsJoining)

    /// Before a number: "No. 5", "pp. 12", "Art. 5", "Jan. 6", "Sept. 11". Case-sensitive.
    static let beforeNumber = WordLists.builtIn.set(.abbreviationsBeforeNumber)

    /// Abbreviations that end a sentence as often as not ("… and so on, etc. The next…"): a
    /// sentence ends after them only when a usual sentence opener follows. Lower-cased.
    static let ambiguous = WordLists.builtIn.set(.abbreviationsAmbiguous)

    /// Words that open sentences far more often than they continue a name: after "U.S." or "etc."
    /// one of these means a new sentence ("…in the U.S. The move…"), anything else does not
    /// ("the U.S. Defense Department"). Lower-cased.
    static let sentenceOpeners = WordLists.builtIn.set(.sentenceOpeners)
}
