import Foundation

/// PDFs made by hand for the tests: pages of lines in Helvetica (a Type1 base font every reader
/// has), with a text layer poppler reads, document information, and on demand the defects argkb
/// must refuse (an encryption dictionary, no text at all, a cut file).
///
/// ```swift
/// var pdf = TestPDF()
/// pdf.pages = [[TestPDF.Line(x: 56, y: 700, "A line of text.")]]
/// try pdf.data().write(to: url)
/// ```
struct TestPDF {
    /// A run of text in one size, raised by `rise` points (a footnote marker).
    struct Segment {
        var text: String
        var size: Double
        var rise: Double = 0
    }

    /// A line set at (x, y) in points from the bottom left, its segments one after the other.
    struct Line {
        var x: Double
        var y: Double
        var segments: [Segment]

        init(x: Double, y: Double, _ text: String, size: Double = 10) {
            self.x = x
            self.y = y
            segments = [Segment(text: text, size: size)]
        }

        init(x: Double, y: Double, segments: [Segment]) {
            self.x = x
            self.y = y
            self.segments = segments
        }
    }

    var pages: [[Line]] = []
    /// Document information: Title, Author, CreationDate ("D:20240312101500+01'00'").
    var info: [String: String] = [:]
    /// Declares the standard security handler with a password argkb does not have.
    var encrypted = false
    /// Raw content operators added to each page (an image, for a scan).
    var extraContent = ""

    /// The file's bytes: objects, cross-reference table and trailer, offsets exact.
    func data() -> Data {
        var objects: [Data] = []
        func add(_ text: String) -> Int { add(Data(text.utf8)) }
        func add(_ data: Data) -> Int {
            objects.append(data)
            return objects.count
        }
        let font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        let pagesID = objects.count + 1
        objects.append(Data())
        var kids: [Int] = []
        for page in pages {
            var stream = Data()
            for line in page {
                stream += Data("BT \(line.x) \(line.y) Td ".utf8)
                for segment in line.segments {
                    stream += Data("/F1 \(segment.size) Tf \(segment.rise) Ts (".utf8)
                    stream += Self.escaped(segment.text)
                    stream += Data(") Tj ".utf8)
                }
                stream += Data("ET\n".utf8)
            }
            stream += Data(extraContent.utf8)
            let content = add(Data("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Data("\nendstream".utf8))
            kids.append(
                add(
                    """
                    << /Type /Page /Parent \(pagesID) 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 \(font) 0 R >> >> \
                    /Contents \(content) 0 R >>
                    """))
        }
        objects[pagesID - 1] = Data(
            "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>".utf8)
        let catalog = add("<< /Type /Catalog /Pages \(pagesID) 0 R >>")
        var infoDictionary = Data("<< ".utf8)
        for (key, value) in info.sorted(by: { $0.key < $1.key }) {
            infoDictionary += Data("/\(key) (".utf8) + Self.escaped(value) + Data(") ".utf8)
        }
        let infoID = add(infoDictionary + Data(">>".utf8))
        let encryption =
            encrypted
            ? add(
                "<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "41", count: 32))> /U <\(String(repeating: "42", count: 32))> /P -44 >>"
            )
            : nil
        var file = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = file.count
        file += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            file += Data((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8)
        }
        var trailer = "/Size \(objects.count + 1) /Root \(catalog) 0 R /Info \(infoID) 0 R"
        if let encryption {
            trailer += " /Encrypt \(encryption) 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"
        }
        file += Data("trailer\n<< \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return file
    }

    /// A PDF string's bytes: Windows-1252 (the font's encoding), with ( ) \ escaped.
    static func escaped(_ text: String) -> Data {
        var bytes: [UInt8] = []
        for byte in text.data(using: .windowsCP1252) ?? Data(text.utf8) {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\"))
            }
            bytes.append(byte)
        }
        return Data(bytes)
    }

    /// A page of a scan: an image and no text.
    static func scan() -> TestPDF {
        var pdf = TestPDF()
        pdf.pages = [[]]
        pdf.extraContent = "q 400 0 0 500 100 150 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u{0}\u{7F}\u{7F}\u{0} EI Q\n"
        return pdf
    }
}
