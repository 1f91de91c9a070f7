import Domain

/// The pure pipeline for one document:
/// `normalize → segment → tag actors → find claims → verdicts → relations → argument links`
/// (an HTML page or a PDF comes normalized by its reader; see `SourceDecoder`).
///
/// Each stage is a pure function of the document and the lexicons, so documents can be processed
/// in parallel and each stage tested alone.
public struct DocumentProcessor: Sendable {
    let normalizer = Normalizer()
    let segmenter = Segmenter()
    let tagger: ActorTagger
    let candidateFinder: CandidateFinder
    let claimExtractor: ClaimExtractor
    let verdictAggregator = VerdictAggregator()
    let relationExtractor: RelationExtractor
    let argumentLinker: ArgumentLinker

    public init(lexicons: Lexicons) {
        tagger = ActorTagger(gazetteer: lexicons.gazetteer)
        candidateFinder = CandidateFinder(gazetteer: lexicons.gazetteer, words: lexicons.candidateWords)
        claimExtractor = ClaimExtractor(lexicons: lexicons.claims, affiliations: lexicons.gazetteer.stateAffiliations)
        let regions = Set(lexicons.gazetteer.actors.filter { $0.kind == .region }.map(\.name))
        relationExtractor = RelationExtractor(lexicon: lexicons.relations, regions: regions)
        argumentLinker = ArgumentLinker(cues: lexicons.linkCues)
    }

    /// The first stages: normalize, segment, tokenize, tag actors and find unknown names.
    public func analyze(_ raw: String, fileName: String) -> (normalized: NormalizedSource, analyzed: AnalyzedText) {
        var stopwatch = StageTimes.Stopwatch()
        return analyze(raw, fileName: fileName, stopwatch: &stopwatch)
    }

    /// - Parameter normalized: the source an HTML or PDF reader made already; nil for text,
    ///   which the normalizer reads from `raw`.
    private func analyze(
        _ raw: String, fileName: String, normalized prepared: NormalizedSource? = nil,
        stopwatch: inout StageTimes.Stopwatch
    ) -> (normalized: NormalizedSource, analyzed: AnalyzedText) {
        let normalized = prepared ?? normalizer.normalize(raw, fileName: fileName)
        stopwatch.lap(Stage.normalize)
        let text = ScalarText(normalized.text)
        let sentences = segmenter.sentences(in: text, paragraphs: normalized.paragraphs)
        let tokens = sentences.map { Tokenizer.tokenize(text, in: $0.span) }
        stopwatch.lap(Stage.segment)
        let mentions = tagger.mentions(in: text, sentences: sentences, tokens: tokens)
        stopwatch.lap(Stage.actors)
        let candidates = candidateFinder.candidates(in: text, sentences: sentences, tokens: tokens, mentions: mentions)
        stopwatch.lap(Stage.candidates)
        let analyzed = AnalyzedText(
            text: text, title: normalized.title, paragraphs: normalized.paragraphs,
            sentences: sentences, tokens: tokens, mentions: mentions, candidates: candidates)
        return (normalized, analyzed)
    }

    /// Runs every stage on a decoded file.
    public func process(_ file: SourceFile) -> ProcessedDocument {
        var stopwatch = StageTimes.Stopwatch()
        let (normalized, analyzed) = analyze(file.text, fileName: file.path, normalized: file.normalized, stopwatch: &stopwatch)
        let sentences = analyzed.sentences
        let mentions = analyzed.mentions
        let candidates = analyzed.candidates
        let claims = claimExtractor.claims(in: analyzed)
        stopwatch.lap(Stage.claims)
        let verdicts = verdictAggregator.verdicts(for: claims, in: analyzed)
        stopwatch.lap(Stage.verdicts)
        var speakers: [Int: (name: String, isActor: Bool)] = [:]
        for claim in claims {
            if let speaker = claim.speaker { speakers[claim.sentenceIndex] = (speaker, claim.speakerIsActor) }
        }
        let relations = relationExtractor.relations(in: analyzed, speakers: speakers)
        stopwatch.lap(Stage.relations)
        let links = argumentLinker.links(claims: claims, in: analyzed)
        stopwatch.lap(Stage.links)
        return ProcessedDocument(
            file: file, normalized: normalized, sentences: sentences, mentions: mentions,
            candidates: candidates, claims: claims, verdicts: verdicts,
            relations: relations, links: links, text: analyzed.text, times: stopwatch.times)
    }

    /// The claim stages alone, on an analyzed text (a stored source rebuilt by `StoredAnalysis`):
    /// claims, verdicts, and the argument links within the source.
    func claimStages(_ analyzed: AnalyzedText) -> (claims: [ExtractedClaim], verdicts: [ExtractedVerdict], links: [ExtractedLink])
    {
        let claims = claimExtractor.claims(in: analyzed)
        return (claims, verdictAggregator.verdicts(for: claims, in: analyzed), argumentLinker.links(claims: claims, in: analyzed))
    }

    /// Indexes into `IngestTimings.stageNames`.
    enum Stage {
        static let read = 0, normalize = 1, segment = 2, actors = 3, candidates = 4, claims = 5, verdicts = 6,
            relations = 7, links = 8
    }
}
