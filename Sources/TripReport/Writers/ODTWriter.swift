import Foundation

/// OpenDocument text (ODF 1.3): content.xml written here, styles in `ODTStyles`, pictures
/// streamed into Pictures/. The contents list uses page-reference fields that Writer fills in.
struct ODTWriter {
    let styles: StyleSheet
    /// Page of each heading anchor, when measured from a PDF (cached field values).
    var pages: [String: Int] = [:]

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
        let odfStyles = ODTStyles(styles: styles)
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
        let hasCover = doc.blocks.contains { if case .cover = $0 { true } else { false } }

        /// The style name for a paragraph, switched to a page-breaking variant after a break.
        func paragraphStyle(_ base: String) -> String {
            defer { breakNext = false; first = false }
            if first, hasCover { return "P_First_" + base }
            return breakNext ? "P_Break_" + base : base
        }

        for block in doc.blocks {
            switch block {
            case let .cover(line):
                let style = "Cover_20_" + line.style.rawValue.capitalized
                body.append("<text:p text:style-name=\"\(paragraphStyle(style))\">\(ODTWriter.inline(line.text))</text:p>")
            case let .toc(title):
                body.append("<text:p text:style-name=\"\(paragraphStyle("Contents_20_Heading"))\">\(ODTWriter.inline(title))</text:p>")
                for h in doc.tocEntries {
                    let page = pages[h.anchor].map(String.init) ?? ""
                    body.append("<text:p text:style-name=\"Contents_20_\(min(h.level, 3))\">"
                                + "<text:a xlink:type=\"simple\" xlink:href=\"#\(h.anchor)\" text:style-name=\"Index_20_Link\" text:visited-style-name=\"Index_20_Link\">\(ODTWriter.inline(h.fullText))</text:a>"
                                + "<text:tab/><text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"\(h.anchor)\">"
                                + "\(page)</text:bookmark-ref></text:p>")
                }
            case let .heading(h):
                let level = min(h.level, 4)
                body.append("<text:h text:style-name=\"\(paragraphStyle("Heading_20_\(level)"))\" text:outline-level=\"\(level)\">"
                            + "<text:bookmark text:name=\"\(h.anchor)\"/>\(ODTWriter.inline(h.fullText))</text:h>")
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
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(ODTWriter.namespaces)>
        \(ODTStyles(styles: styles).fontFaces)
        <office:automatic-styles>
        \(ODTStyles(styles: styles).automaticParagraphStyles)
        <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
        <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="PhotoCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" style:vertical-align="top"/></style:style>
        <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none" style:mirror="none"/></style:style>
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

    private func table(_ t: Table, name: String) -> (String, String) {
        let total = t.widths.reduce(0, +)
        let width = styles.textWidth
        var style = "<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties style:width=\"\(cm(width))\" table:align=\"margins\" fo:margin-bottom=\"0.3cm\"/></style:style>"
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for (i, w) in t.widths.enumerated() {
            style += "<style:style style:name=\"\(name).C\(i)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(cm(width * w / total))\"/></style:style>"
            xml += "<table:table-column table:style-name=\"\(name).C\(i)\"/>"
        }
        let grid = t.grid
        for (r, row) in grid.enumerated() {
            if r == 0, !t.header.isEmpty { xml += "<table:table-header-rows>" }
            xml += "<table:table-row table:style-name=\"Row\">"
            for slot in row {
                guard let cell = slot else {
                    xml += "<table:covered-table-cell/>"
                    continue
                }
                var attrs = ""
                if cell.rowSpan > 1 { attrs += " table:number-rows-spanned=\"\(cell.rowSpan)\"" }
                if cell.colSpan > 1 { attrs += " table:number-columns-spanned=\"\(cell.colSpan)\"" }
                let pstyle = r < t.header.count ? "Table_20_Heading" : (cell.centred ? "Table_20_Centre" : "Table_20_Contents")
                let lines = cell.lines.isEmpty ? [""] : cell.lines
                xml += "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"\(attrs)>"
                    + lines.map { "<text:p text:style-name=\"\(pstyle)\">\(ODTWriter.inline($0))</text:p>" }.joined()
                    + "</table:table-cell>"
            }
            xml += "</table:table-row>"
            if r == t.header.count - 1 { xml += "</table:table-header-rows>" }
        }
        xml += "</table:table>"
        return (xml, style)
    }

    private func grid(_ g: PhotoGrid, name: String) -> (String, String) {
        let width = styles.textWidth
        let columns = max(1, g.columns)
        var style = "<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties style:width=\"\(cm(width))\" table:align=\"margins\" fo:margin-bottom=\"0.3cm\"/></style:style>"
        style += "<style:style style:name=\"\(name).C\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(cm(width / Double(columns)))\"/></style:style>"
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\"><table:table-column table:style-name=\"\(name).C\" table:number-columns-repeated=\"\(columns)\"/>"
        for row in g.rows {
            xml += "<table:table-row table:style-name=\"Row\">"
            for item in row {
                xml += "<table:table-cell table:style-name=\"PhotoCell\" office:value-type=\"string\">"
                if let image = item.image, image.prepared != nil {
                    let (w, h) = PhotoSize.fit(image, maxWidth: min(styles.photoWidth, width / Double(columns) - 0.4))
                    xml += "<text:p text:style-name=\"Photo\"><draw:frame draw:style-name=\"fr1\" draw:name=\"\(e(image.fileName))\" text:anchor-type=\"as-char\" svg:width=\"\(cm(w))\" svg:height=\"\(cm(h))\" draw:z-index=\"0\">"
                        + "<draw:image xlink:href=\"Pictures/\(e(image.fileName))\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/jpeg\"/></draw:frame></text:p>"
                }
                xml += item.caption.map { "<text:p text:style-name=\"Caption\">\(ODTWriter.inline($0))</text:p>" }.joined()
                if item.caption.isEmpty, item.image == nil { xml += "<text:p text:style-name=\"Caption\"/>" }
                xml += "</table:table-cell>"
            }
            for _ in row.count..<columns {
                xml += "<table:table-cell table:style-name=\"PhotoCell\" office:value-type=\"string\"><text:p text:style-name=\"Caption\"/></table:table-cell>"
            }
            xml += "</table:table-row>"
        }
        xml += "</table:table>"
        return (xml, style)
    }

    private func e(_ s: String) -> String { XMLText.escape(s) }

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

    private func cm(_ x: Double) -> String { String(format: "%.3fcm", x) }
}
