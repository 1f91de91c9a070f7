import Foundation
import Testing

@testable import Ingest

@Suite struct SourceFileReaderTests {
    let reader = SourceFileReader(maximumBytes: 1_000)

    private func refusal(_ bytes: [UInt8]) throws -> IngestRefusal {
        try #require(throws: IngestRefusal.self) { try reader.decode(Data(bytes), path: "f.txt") }
    }

    @Test func plainUTF8IsDecodedAndHashed() throws {
        let file = try reader.decode(Data("Moscow’s view\n".utf8), path: "f.txt")
        #expect(file.text == "Moscow’s view\n")
        #expect(file.decodingNote == nil)
        // sha256 of the bytes, checked against coreutils: printf 'Moscow\xe2\x80\x99s view\n' | sha256sum
        #expect(file.contentHash == "8e9d049c546a565097544a131d6853e93a320e1e2f932a3d328ec86af0268f80")
    }

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        let file = try reader.decode(Data([0xEF, 0xBB, 0xBF] + Array("Title".utf8)), path: "f.txt")
        #expect(file.text == "Title")
        #expect(file.decodingNote == "UTF-8 with BOM")
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let little = try reader.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]), path: "f.txt")
        #expect(little.text == "AB")
        #expect(little.decodingNote == "UTF-16LE with BOM")
        let big = try reader.decode(Data([0xFE, 0xFF, 0x00, 0x41, 0x04, 0x14]), path: "f.txt")
        #expect(big.text == "AД")
    }

    @Test func emptyAndBlankFilesAreRefused() throws {
        #expect(try refusal([]).reason == .empty)
        #expect(try refusal([]).message == "is empty")
        let blank = try refusal(Array(" \n\t\r\n  ".utf8))
        #expect(blank.reason == .empty)
        #expect(blank.message == "holds only white space")
    }

    @Test func binaryFilesAreRefusedWithTheirKind() throws {
        let png = try refusal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
        #expect(png.reason == .binary)
        #expect(png.message == "is binary (PNG image), not text")
        let nul = try refusal(Array("text".utf8) + [0] + Array("more".utf8))
        #expect(nul.message == "is binary (contains NUL bytes), not text")
        #expect(try refusal(Array("%PDF-1.4".utf8)).message.contains("PDF document"))
    }

    @Test func latin1IsRefusedWithTheOffsetAndAHint() throws {
        // "café" in Latin-1: the é is the single byte 0xE9.
        let latin1 = try refusal(Array("caf".utf8) + [0xE9, 0x20, 0x6F, 0x6B])
        #expect(latin1.reason == .invalidUTF8)
        #expect(latin1.message.hasPrefix("is not valid UTF-8 (first bad byte 0xE9 at offset 3)"))
        #expect(latin1.message.contains("iconv -f WINDOWS-1252 -t UTF-8"))
    }

    @Test(
        arguments: [
            ([0xC0, 0xAF], 0),  // overlong "/"
            ([0x41, 0xED, 0xA0, 0x80], 1),  // a UTF-16 surrogate
            ([0x41, 0x42, 0xF4, 0x90, 0x80, 0x80], 2),  // above U+10FFFF
            ([0x41, 0xE2, 0x82], 1),  // truncated at the end
            ([0x80], 0),  // a lone continuation byte
        ] as [([UInt8], Int)])
    func invalidSequencesAreFoundAtTheirFirstByte(_ bytes: [UInt8], _ offset: Int) {
        #expect(SourceFileReader.firstInvalidUTF8Offset(bytes) == offset)
    }

    @Test func validMultiByteTextPasses() {
        #expect(SourceFileReader.firstInvalidUTF8Offset(Array("Ру́сский 中文 𝔘 ’".utf8)) == nil)
    }

    @Test func oversizedInputIsRefused() throws {
        let big = try refusal(Array(repeating: 0x41, count: 1_001))
        #expect(big.reason == .tooLarge)
    }

    @Test func readingAFolderOrAMissingFileIsRefusedClearly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let asFile = try #require(throws: IngestRefusal.self) { try reader.read(folder) }
        #expect(asFile.reason == .notAFile)
        let missing = try #require(throws: IngestRefusal.self) { try reader.read(folder.appendingPathComponent("none.txt")) }
        #expect(missing.reason == .notFound)
    }
}

@Suite struct SourceFileFinderTests {
    @Test func walksFoldersForArticlesOnlyAndSortsThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-finder-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        try fm.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        for name in ["b.txt", "a.md", "image.png", "sub/c.TXT", "sub/deeper/d.txt", ".hidden/e.txt", ".f.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        // A link loop: sub/loop -> the folder itself.
        try fm.createSymbolicLink(at: folder.appendingPathComponent("sub/loop"), withDestinationURL: folder)
        let explicit = folder.appendingPathComponent("image.png").path
        let found = SourceFileFinder().find([folder.path, explicit, folder.appendingPathComponent("nope").path])
        let names = found.files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(names == ["a.md", "b.txt", "image.png", "sub/c.TXT", "sub/deeper/d.txt"])
        #expect(found.refusals.map(\.reason) == [.notFound])
        #expect(found.skipped.isEmpty)
    }

    /// A temporary folder with the given files (each holding "x"), removed by the caller.
    private func folder(with names: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-finder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return folder
    }

    @Test func aFIFONamedLikeAnArticleIsRefusedByNameWithoutBeingOpened() throws {
        let root = try folder(with: ["a.txt"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let found = SourceFileFinder().find([root.path])
        #expect(found.files == [root.appendingPathComponent("a.txt").path])
        #expect(found.refusals.map(\.path) == [root.appendingPathComponent("pipe.txt").path])
        #expect(found.refusals.map(\.message) == ["is a FIFO (named pipe), not a regular file"])
        // Given explicitly, the reader refuses it too, and returns at once instead of waiting for a writer.
        let refusal = try #require(throws: IngestRefusal.self) {
            try SourceFileReader().read(root.appendingPathComponent("pipe.txt"))
        }
        #expect(refusal.reason == .notAFile)
    }

    @Test func aLinkedFolderGivenOnTheCommandLineIsWalked() throws {
        let root = try folder(with: ["real/a.txt", "real/sub/b.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let link = root.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root.appendingPathComponent("real"))
        let found = SourceFileFinder().find([link.path])
        #expect(found.files == [link.path + "/a.txt", link.path + "/sub/b.md"])
        #expect(found.refusals.isEmpty)
    }

    @Test func linksOutOfTheFolderAreSkippedAndSaidUnlessFollowed() throws {
        let root = try folder(with: ["corpus/a.txt", "corpus/inner/b.txt", "outside/secret.txt", "outside/more/c.txt"])
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createSymbolicLink(
            at: corpus.appendingPathComponent("leak.txt"), withDestinationURL: root.appendingPathComponent("outside/secret.txt"))
        try fm.createSymbolicLink(
            at: corpus.appendingPathComponent("leakdir"), withDestinationURL: root.appendingPathComponent("outside/more"))
        try fm.createSymbolicLink(
            at: corpus.appendingPathComponent("inside.txt"), withDestinationURL: corpus.appendingPathComponent("inner/b.txt"))
        let found = SourceFileFinder().find([corpus.path])
        #expect(found.files == [corpus.path + "/a.txt", corpus.path + "/inner/b.txt"])
        #expect(found.skipped.map(\.path) == [corpus.path + "/leak.txt", corpus.path + "/leakdir"])
        #expect(
            found.skipped.allSatisfy {
                $0.message.contains("a symbolic link out of the folder") && $0.message.contains("--follow-links")
            })
        let followed = SourceFileFinder(followLinks: true).find([corpus.path])
        #expect(
            followed.files == [
                corpus.path + "/a.txt", corpus.path + "/inner/b.txt", corpus.path + "/leak.txt",
                corpus.path + "/leakdir/c.txt",
            ])
        #expect(followed.skipped.isEmpty)
    }

    @Test func aNameThatIsNotUTF8IsRefusedByNameAndAnEmptyPathIsRefused() throws {
        let root = try folder(with: ["good.txt"])
        defer { try? FileManager.default.removeItem(at: root) }
        // "caf\xE9.txt": Latin-1 bytes, not UTF-8.
        let raw = (Array(root.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let descriptor = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let found = SourceFileFinder().find([root.path, ""])
        #expect(found.files == [root.path + "/good.txt"])
        #expect(found.refusals.count == 2)
        #expect(found.refusals.first?.path == "")
        #expect(found.refusals.first?.message.hasPrefix("an empty path") == true)
        #expect(found.refusals.last?.path == root.path + "/caf\u{FFFD}.txt")
        #expect(found.refusals.last?.message.contains("not valid UTF-8") == true)
    }
}
