import Foundation

/// Office Open XML (DOCX) for Word: document.xml written here, the fixed parts and styles in
/// `DOCXParts`. The contents list is made of PAGEREF fields to heading bookmarks.
struct DOCXWriter {
    let styles: StyleSheet
    /// Page of each heading anchor, when measured from a PDF (cached field values for Word).
    var pages: [String: Int] = [:]

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Writes the document to `url`.
    func write(_ doc: Document, to url: URL) throws(ReportError) {
        var media: [(id: String, name: String, file: URL)] = []
        var seen: [String: String] = [:]
        for image in doc.images {
            guard let file = image.prepared, seen[image.fileName] == nil else { continue }
            let id = "rIdImg\(media.count + 1)"
            seen[image.fileName] = id
            media.append((id, image.fileName, file))
        }
        let parts = DOCXParts(styles: styles)
        let zip = try ZipPackage(creating: url)
        try zip.add("[Content_Types].xml", parts.contentTypes)
        try zip.add("_rels/.rels", parts.packageRels)
        try zip.add("docProps/core.xml", parts.core(title: doc.title))
        try zip.add("docProps/app.xml", parts.app)
        try zip.add("word/document.xml", document(doc, media: seen))
        try zip.add("word/styles.xml", parts.stylesXML)
        try zip.add("word/settings.xml", parts.settings)
        try zip.add("word/fontTable.xml", parts.fontTable)
        try zip.add("word/footer1.xml", parts.footer)
        try zip.add("word/_rels/document.xml.rels", parts.documentRels(media: media.map { ($0.id, "media/" + $0.name) }))
        for item in media { try zip.add("word/media/" + item.name, file: item.file) }
    }

    /// word/document.xml.
    func document(_ doc: Document, media: [String: String]) -> String {
        var body: [String] = []
        var breakNext = false
        var bookmarks = 0
        var pictures = 0

        func p(_ style: String, _ runs: String, extra: String = "") -> String {
            defer { breakNext = false }
            let brk = breakNext ? "<w:pageBreakBefore/>" : ""
            return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(brk)\(extra)</w:pPr>\(runs)</w:p>"
        }

        for block in doc.blocks {
            switch block {
            case let .cover(line):
                body.append(p("Cover" + line.style.rawValue.capitalized, run(line.text)))
            case let .toc(title):
                body.append(p("TOCHeading", run(title)))
                for h in doc.tocEntries {
                    let cached = pages[h.anchor].map(String.init) ?? ""
                    let runs = "<w:hyperlink w:anchor=\"\(h.anchor)\" w:history=\"1\">\(run(h.fullText))</w:hyperlink>"
                        + "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(h.anchor) \\h </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run(cached))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    body.append(p("TOC\(min(h.level, 3))", runs))
                }
            case let .heading(h):
                bookmarks += 1
                let runs = "<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(h.anchor)\"/>\(run(h.fullText))<w:bookmarkEnd w:id=\"\(bookmarks)\"/>"
                body.append(p("Heading\(min(h.level, 4))", runs))
            case let .paragraph(para):
                body.append(p(DOCXWriter.styleName(para.style), run(para.text)))
            case let .table(t):
                if breakNext { body.append(p("Normal", "")) }
                body.append(table(t))
            case let .photoGrid(g):
                if breakNext { body.append(p("Normal", "")) }
                body.append(grid(g, media: media, pictures: &pictures))
            case .pageBreak:
                breakNext = true
            }
        }
        let pg = styles.page
        let sect = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
            + "<w:pgSz w:w=\"\(twips(mm: pg.width))\" w:h=\"\(twips(mm: pg.height))\"/>"
            + "<w:pgMar w:top=\"\(twips(mm: pg.top))\" w:right=\"\(twips(mm: pg.right))\" w:bottom=\"\(twips(mm: pg.bottom))\" w:left=\"\(twips(mm: pg.left))\" w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "<w:titlePg/></w:sectPr>"
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(DOCXWriter.w)" xmlns:r="\(DOCXWriter.r)" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
        \(body.joined(separator: "\n"))
        \(sect)</w:body></w:document>
        """
    }

    static func styleName(_ style: Paragraph.Style) -> String {
        switch style {
        case .body: "BodyText"
        case .prompt: "Prompt"
        case .caption: "Caption"
        case .label: "Label"
        case .item: "ListItem"
        case .signature: "Signature"
        }
    }

    private func run(_ text: String) -> String { DOCXWriter.run(text) }

    /// One run of text: escaped (`XMLText`), a line break as `<w:br/>`, a tab as `<w:tab/>`
    /// (Word does not read either inside `<w:t>`), spaces kept.
    static func run(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let lines = ReportText.lines(text).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { piece in
                piece.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t>"
            }.joined(separator: "<w:tab/>")
        }
        return "<w:r>" + lines.joined(separator: "<w:br/>") + "</w:r>"
    }

    private func table(_ t: Table) -> String {
        let total = t.widths.reduce(0, +)
        let width = twips(cm: styles.textWidth)
        let cols = t.widths.map { Int((Double(width) * $0 / total).rounded()) }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + cols.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let grid = t.grid
        // Which cell covers each position, to write vMerge continuations under row spans.
        var owner = Array(repeating: [TableCell?](repeating: nil, count: t.columnCount), count: grid.count)
        for (r, row) in grid.enumerated() {
            for (c, slot) in row.enumerated() {
                guard let cell = slot else { continue }
                for dr in 0..<max(1, cell.rowSpan) where r + dr < grid.count { owner[r + dr][c] = cell }
            }
        }
        for (r, row) in grid.enumerated() {
            let header = r < t.header.count
            xml += "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
            var c = 0
            while c < t.columnCount {
                if let cell = row[c] {
                    let span = max(1, min(cell.colSpan, t.columnCount - c))
                    let w = cols[c..<(c + span)].reduce(0, +)
                    let style = header ? "TableHeading" : (cell.centred ? "TableCentre" : "TableText")
                    xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")"
                        + "\(cell.rowSpan > 1 ? "<w:vMerge w:val=\"restart\"/>" : "")<w:vAlign w:val=\"center\"/></w:tcPr>"
                        + (cell.lines.isEmpty ? [""] : cell.lines).map { "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(run($0))</w:p>" }.joined()
                        + "</w:tc>"
                    c += span
                } else if let cover = owner[r][c] {
                    let span = max(1, min(cover.colSpan, t.columnCount - c))
                    let w = cols[c..<(c + span)].reduce(0, +)
                    xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")<w:vMerge/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>"
                    c += span
                } else {
                    c += 1
                }
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private func grid(_ g: PhotoGrid, media: [String: String], pictures: inout Int) -> String {
        let columns = max(1, g.columns)
        let width = twips(cm: styles.textWidth)
        let col = width / columns
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(col)\"/>", count: columns) + "</w:tblGrid>"
        for row in g.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for item in row {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(col)\" w:type=\"dxa\"/></w:tcPr>"
                if let image = item.image, let rid = media[image.fileName] {
                    pictures += 1
                    let (wcm, hcm) = PhotoSize.fit(image, maxWidth: min(styles.photoWidth, styles.textWidth / Double(columns) - 0.4))
                    xml += "<w:p><w:pPr><w:pStyle w:val=\"Photo\"/></w:pPr>" + drawing(rid, id: pictures, name: image.fileName, w: wcm, h: hcm) + "</w:p>"
                }
                let caption = item.caption.isEmpty ? [""] : item.caption
                xml += caption.map { "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr>\(run($0))</w:p>" }.joined()
                xml += "</w:tc>"
            }
            for _ in row.count..<columns {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(col)\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private func drawing(_ rid: String, id: Int, name: String, w: Double, h: Double) -> String {
        let cx = Int(w * 360_000), cy = Int(h * 360_000)
        let n = XMLText.escape(name)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(n)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(rid)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    private func twips(mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }
    private func twips(cm: Double) -> Int { Int((cm / 2.54 * 1440).rounded()) }
}
