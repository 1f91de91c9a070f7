internal import CLibXML2

/// libxml2's HTML parser (`htmlReadMemory`), the one place argkb touches libxml2: bytes in, an
/// `HTMLTree` out, the C document freed before returning.
///
/// The parser recovers from broken markup as browsers do, prints nothing, never opens the
/// network, and expands no external entity (HTML has none it would fetch; `XML_PARSE_NOENT` and
/// `XML_PARSE_DTDLOAD` are not passed). See <https://gnome.pages.gitlab.gnome.org/libxml2/devhelp/libxml2-HTMLparser.html>.
enum HTMLParser {
    /// libxml2's global state (`xmlInitParser`), set up once before the first parse on any thread,
    /// as its documentation asks of threaded programs.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML bytes in the given encoding.
    ///
    /// ```swift
    /// let tree = HTMLParser.parse(Array("<title>T</title><p>Text".utf8), encoding: "UTF-8")
    /// ```
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - encoding: an encoding name libxml2 (iconv) knows: "UTF-8", "windows-1252", "KOI8-R"...
    /// - Returns: the tree, or nil when libxml2 makes no document of the bytes.
    static func parse(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        _ = initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(buffer.count), nil, encoding, argkb_html_parse_options())
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return tree(of: document)
    }

    /// Copies libxml2's tree into an `HTMLTree`, walking it without recursion: down through
    /// `children`, across through `next`, back up through `parent`.
    private static func tree(of document: htmlDocPtr) -> HTMLTree {
        var tree = HTMLTree()
        var open: [Int] = []  // indices of the elements whose subtree is being walked
        var node = document.pointee.children
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                tree.nodes.append(
                    HTMLTree.Node(
                        name: name.lowercased(), attributes: attributes(of: current),
                        parent: open.last ?? -1, line: xmlGetLineNo(current)))
                if current.pointee.children != nil {
                    open.append(tree.nodes.count - 1)
                    descend = true
                } else {
                    tree.nodes[tree.nodes.count - 1].end = tree.nodes.count
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                if !text.isEmpty {
                    tree.nodes.append(
                        HTMLTree.Node(
                            name: "", text: text, parent: open.last ?? -1,
                            end: tree.nodes.count + 1, line: xmlGetLineNo(current)))
                }
            default:
                break  // comments, the doctype, processing instructions
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Across, or up and across, closing the elements left.
            var at = current
            node = nil
            while true {
                if let next = at.pointee.next {
                    node = next
                    break
                }
                guard let closed = open.popLast(), let parent = at.pointee.parent else { break }
                tree.nodes[closed].end = tree.nodes.count
                at = parent
            }
        }
        for closed in open { tree.nodes[closed].end = tree.nodes.count }
        return tree
    }

    /// The element's attributes: lower-case names, values as text.
    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name.lowercased(), value))
            attribute = current.pointee.next
        }
        return result
    }
}
