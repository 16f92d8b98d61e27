import Foundation

/// OpenDocument text (ODF 1.3): content.xml written here, tables and photo grids in
/// `ODTWriter+Tables`, styles in `ODTStyles`, pictures streamed into Pictures/. The contents
/// list uses page-reference fields that Writer fills in.
struct ODTWriter {
    let styles: StyleSheet
    /// The faces the file names, resolved against the installed fonts.
    let faces: FontFaces
    /// Page of each heading anchor, when measured from a PDF (cached field values).
    var pages: [String: Int] = [:]

    /// Creates a writer; the faces are resolved against this machine's fonts unless given.
    init(styles: StyleSheet, faces: FontFaces? = nil, pages: [String: Int] = [:]) {
        self.styles = styles
        self.faces = faces ?? FontFaces(styles.fonts)
        self.pages = pages
    }

    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" \
        office:version="1.3"
        """

    /// Writes the document to `url`.
    func write(_ doc: Document, to url: URL) throws(ReportError) {
        let zip = try ZipPackage(creating: url)
        try zip.add("mimetype", "application/vnd.oasis.opendocument.text", compress: false)
        var pictures: [String: URL] = [:]
        for image in doc.images {
            if let file = image.prepared { pictures["Pictures/" + image.fileName] = file }
        }
        let hasCover = doc.blocks.contains { if case .cover = $0 { true } else { false } }
        let odfStyles = ODTStyles(styles: styles, faces: faces)
        try zip.add("content.xml", content(doc))
        try zip.add("styles.xml", odfStyles.stylesXML(firstPageCover: hasCover))
        try zip.add("meta.xml", odfStyles.metaXML(title: doc.title))
        try zip.add("settings.xml", odfStyles.settingsXML)
        for (path, file) in pictures.sorted(by: { $0.key < $1.key }) { try zip.add(path, file: file) }
        try zip.add("META-INF/manifest.xml", odfStyles.manifestXML(pictures: pictures.keys.sorted()))
    }

    /// content.xml.
    func content(_ doc: Document) -> String {
        var body: [String] = []
        var auto: [String] = []
        var breakNext = false
        var first = true
        var tables = 0
        var listOpen = false
        let hasCover = doc.blocks.contains { if case .cover = $0 { true } else { false } }

        /// The style name for a paragraph, switched to a page-breaking variant after a break.
        func paragraphStyle(_ base: String) -> String {
            defer {
                breakNext = false
                first = false
            }
            if first, hasCover { return "P_First_" + base }
            return breakNext ? "P_Break_" + base : base
        }

        for block in doc.blocks {
            // Consecutive items make one bulleted list.
            let isItem = if case let .paragraph(p) = block, p.style == .item { true } else { false }
            if listOpen, !isItem {
                body.append("</text:list>")
                listOpen = false
            }
            switch block {
            case let .cover(line):
                let style = "Cover_20_" + line.style.rawValue.capitalized
                // The printed lines, joined by line breaks (`inline` writes each as <text:line-break/>).
                let text = ODTWriter.inline(line.printedLines(styles, names: doc.names).joined(separator: "\n"))
                body.append("<text:p text:style-name=\"\(paragraphStyle(style))\">\(text)</text:p>")
            case let .toc(title):
                body.append("<text:p text:style-name=\"\(paragraphStyle("Contents_20_Heading"))\">\(ODTWriter.inline(title))</text:p>")
                for h in doc.tocEntries {
                    let page = pages[h.anchor].map(String.init) ?? ""
                    body.append(
                        "<text:p text:style-name=\"Contents_20_\(min(h.level, 3))\">"
                            + "<text:a xlink:type=\"simple\" xlink:href=\"#\(h.anchor)\" text:style-name=\"Index_20_Link\" text:visited-style-name=\"Index_20_Link\">\(ODTWriter.inline(h.fullText))</text:a>"
                            + "<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"\(h.anchor)\">"
                            + "\(page)</text:bookmark-ref></text:p>"
                    )
                }
            case let .heading(h):
                let level = min(h.level, 4)
                body.append(
                    "<text:h text:style-name=\"\(paragraphStyle("Heading_20_\(level)"))\" text:outline-level=\"\(level)\">"
                        + "<text:bookmark text:name=\"\(h.anchor)\"/>\(ODTWriter.inline(h.fullText))</text:h>"
                )
            case let .paragraph(p) where p.style == .item:
                if !listOpen {
                    body.append("<text:list text:style-name=\"\(ODTStyles.bulletList)\">")
                    listOpen = true
                }
                body.append(
                    "<text:list-item><text:p text:style-name=\"\(paragraphStyle(ODTWriter.styleName(p.style)))\">\(ODTWriter.inline(p.text))</text:p></text:list-item>"
                )
            case let .paragraph(p):
                body.append("<text:p text:style-name=\"\(paragraphStyle(ODTWriter.styleName(p.style)))\">\(ODTWriter.inline(p.text))</text:p>")
            case let .table(t):
                tables += 1
                if breakNext || (first && hasCover) {
                    body.append("<text:p text:style-name=\"\(paragraphStyle("Standard"))\"/>")
                }
                let (xml, styleXML) = table(t, name: "Table\(tables)")
                auto.append(styleXML)
                body.append(xml)
            case let .photoGrid(g):
                tables += 1
                if breakNext { body.append("<text:p text:style-name=\"\(paragraphStyle("Standard"))\"/>") }
                let (xml, styleXML) = grid(g, name: "Table\(tables)")
                auto.append(styleXML)
                body.append(xml)
            case .pageBreak:
                breakNext = true
            }
        }
        if listOpen { body.append("</text:list>") }
        let odfStyles = ODTStyles(styles: styles, faces: faces)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(ODTWriter.namespaces)>
            \(odfStyles.fontFaces)
            <office:automatic-styles>
            \(odfStyles.automaticParagraphStyles)
            \(ODTWriter.cellStyles)
            \(auto.joined(separator: "\n"))
            </office:automatic-styles>
            <office:body><office:text>
            \(body.joined(separator: "\n"))
            </office:text></office:body>
            </office:document-content>
            """
    }

    static func styleName(_ style: Paragraph.Style) -> String {
        switch style {
        case .body: "Text_20_body"
        case .prompt: "Prompt"
        case .caption: "Caption"
        case .label: "Label"
        case .item: "List_20_Item"
        case .signature: "Signature"
        }
    }

    func e(_ s: String) -> String { XMLText.escape(s) }

    func cm(_ x: Double) -> String { String(format: "%.3fcm", x) }

    /// Text inside a paragraph, heading or link: escaped (`XMLText`), a line break as
    /// `<text:line-break/>`, a tab as `<text:tab/>`, and spaces kept. ODF readers collapse runs
    /// of white space and drop it at a line's start, so a second space and a leading one are
    /// written as `<text:s/>`.
    static func inline(_ text: String) -> String {
        var out = ""
        for (index, line) in ReportText.lines(text).enumerated() {
            if index > 0 { out += "<text:line-break/>" }
            var spaces = 0
            var atStart = true
            func flush() {
                guard spaces > 0 else { return }
                if atStart {
                    out += "<text:s text:c=\"\(spaces)\"/>"
                } else {
                    out += " " + (spaces > 1 ? "<text:s text:c=\"\(spaces - 1)\"/>" : "")
                }
                spaces = 0
            }
            for scalar in line.unicodeScalars {
                if scalar == " " {
                    spaces += 1
                    continue
                }
                flush()
                atStart = false
                out += scalar == "\t" ? "<text:tab/>" : XMLText.escape(String(scalar))
            }
            if spaces > 0 {
                // Trailing spaces too would be dropped as written.
                out += "<text:s text:c=\"\(spaces)\"/>"
            }
        }
        return out
    }
}
