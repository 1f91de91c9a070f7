/// Words whose final dot is usually not a sentence end. Case matters where a capital tells an
/// abbreviation from a word ("No. 5" against "said no."). Written without the final dot.
enum Abbreviations {
    /// Titles before a name: never the end of a sentence ("Mr. Putin", "Gen. Gerasimov").
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Amb", "St", "Mt", "Ft", "Mme", "Mlle", "Gens", "Adj",
    ]

    /// Abbreviations always followed by more of the same sentence (lower-cased, inner dots kept).
    static let joining: Set<String> = [
        "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "ca", "incl", "esp", "resp", "eg", "ie",
    ]

    /// Before a number: "No. 5", "pp. 12", "Art. 5", "Jan. 6", "Sept. 11". Case-sensitive.
    static let beforeNumber: Set<String> = [
        "No", "Nos", "no", "nos", "Vol", "Vols", "vol", "pp", "p", "Art", "art", "Fig", "fig", "Figs", "Sec",
        "sec", "Ch", "ch", "Para", "para", "Nr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec",
    ]

    /// Abbreviations that end a sentence as often as not ("… and so on, etc. The next…"): a
    /// sentence ends after them only when a usual sentence opener follows. Lower-cased.
    static let ambiguous: Set<String> = [
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "al", "bros", "dept", "govt", "est", "plc", "llc",
    ]

    /// Words that open sentences far more often than they continue a name: after "U.S." or "etc."
    /// one of these means a new sentence ("…in the U.S. The move…"), anything else does not
    /// ("the U.S. Defense Department"). Lower-cased.
    static let sentenceOpeners: Set<String> = [
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there",
        "here", "but", "and", "or", "so", "yet", "however", "moreover", "meanwhile", "furthermore", "in", "on",
        "at", "for", "as", "if", "when", "while", "although", "though", "a", "an", "his", "her", "their", "our",
        "my", "what", "why", "how", "who", "which", "since", "after", "before", "thus", "therefore", "still",
        "also", "then", "now", "both", "all", "some", "many", "most", "such", "no", "not", "one", "despite",
        "nevertheless", "instead", "indeed", "to", "with", "by", "from", "according",
    ]
}
