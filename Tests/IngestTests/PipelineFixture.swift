import Foundation

@testable import Ingest

/// The real pipeline over the repository's lexicons, for tests that need seeds as argkb sees them.
enum PipelineFixture {
    static let lexicons: Lexicons = {
        do {
            return try Lexicons(folder: SeedCorpus.lexiconFolder)
        } catch {
            fatalError("cannot load the lexicons of data/lexicon: \(error)")
        }
    }()

    static let processor = DocumentProcessor(lexicons: lexicons)

    /// A seed after normalize → segment → tag actors.
    static func analyzed(_ slug: String) throws -> AnalyzedText {
        processor.analyze(try SeedCorpus.raw(slug), fileName: slug + ".txt").analyzed
    }

    /// A seed through every stage, as ingest stores it.
    static func processed(_ slug: String) throws -> ProcessedDocument {
        processor.process(try SourceFileReader().read(SeedCorpus.sourcesFolder.appendingPathComponent(slug + ".txt")))
    }
}
