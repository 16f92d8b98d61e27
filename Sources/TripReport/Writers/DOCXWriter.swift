import Foundation

/// Office Open XML (DOCX) for Word: document.xml written here, tables and photo grids in
/// `DOCXWriter+Tables`, the fixed parts and styles in `DOCXParts`. The contents list is made of
/// PAGEREF fields to heading bookmarks, with the measured pages cached where known; Word is told
/// to update them when it opens the file.
struct DOCXWriter {
    let styles: StyleSheet
    /// The faces the file names, resolved against the installed fonts.
    let faces: FontFaces
    /// Page of each heading anchor, when measured from a PDF (cached field values for Word).
    var pages: [String: Int] = [:]

    /// Creates a writer; the faces are resolved against this machine's fonts unless given.
    init(styles: StyleSheet, faces: FontFaces? = nil, pages: [String: Int] = [:]) {
        self.styles = styles
        self.faces = faces ?? FontFaces(styles.fonts)
        self.pages = pages
    }

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
        let parts = DOCXParts(styles: styles, faces: faces)
        let zip = try ZipPackage(creating: url)
        try zip.add("[Content_Types].xml", parts.contentTypes)
        try zip.add("_rels/.rels", parts.packageRels)
        try zip.add("docProps/core.xml", parts.core(title: doc.title))
        try zip.add("docProps/app.xml", parts.app)
        try zip.add("word/document.xml", document(doc, media: seen))
        try zip.add("word/styles.xml", parts.stylesXML)
        try zip.add("word/numbering.xml", parts.numbering)
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
                // The printed lines, joined by line breaks (`run` writes each as <w:br/>).
                body.append(p("Cover" + line.style.rawValue.capitalized, run(line.printedLines(styles, names: doc.names).joined(separator: "\n"))))
            case let .toc(title):
                body.append(p("TOCHeading", run(title)))
                for h in doc.tocEntries {
                    let cached = pages[h.anchor].map(String.init) ?? ""
                    let runs =
                        "<w:hyperlink w:anchor=\"\(h.anchor)\" w:history=\"1\">\(run(h.fullText))</w:hyperlink>"
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
        let sect =
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
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

    func run(_ text: String) -> String { DOCXWriter.run(text) }

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

    func twips(mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }
    func twips(cm: Double) -> Int { Int((cm / 2.54 * 1440).rounded()) }
}
