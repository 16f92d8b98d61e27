import Foundation

// Tables and photo grids in word/document.xml.
extension DOCXWriter {
    /// A bordered table. Where first-column cells span rows (the itinerary's days), each span is
    /// one row that never splits across pages, holding its lead cell and a nested table of its
    /// rows, as in the ODT: LibreOffice opening the DOCX draws vertically merged cells wrongly
    /// where the table breaks across pages, and a day stays on one page in Word too.
    func table(_ t: Table) -> String {
        let total = max(t.widths.reduce(0, +), 0.0001)
        let width = twips(cm: styles.textWidth)
        if let groups = t.leadGroups {
            let lead = Int((Double(width) * (t.widths.first ?? 0) / total).rounded())
            let rest = width - lead
            var xml = tableStart(width: width, columns: [lead, rest], grid: true)
            for row in t.grid.prefix(t.header.count) {
                let leadCell = (row.first ?? nil) ?? TableCell("")
                let cells = row.dropFirst().compactMap { $0 }
                xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + cell(leadCell, width: lead, style: "TableHeading")
                if cells.count <= 1 {
                    xml += cell(cells.first ?? TableCell(""), width: rest, style: "TableHeading")
                } else {
                    xml += nestCell([cells], widths: t.restWidths, width: rest, heading: true)
                }
                xml += "</w:tr>"
            }
            for group in groups {
                xml +=
                    "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                    + cell(group.lead, width: lead, style: group.lead.centred ? "TableCentre" : "TableText")
                    + nestCell(group.rows, widths: t.restWidths, width: rest, heading: false) + "</w:tr>"
            }
            return xml + "</w:tbl>"
        }
        let cols = t.widths.map { Int((Double(width) * $0 / total).rounded()) }
        var xml = tableStart(width: width, columns: cols, grid: true)
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
                    xml += self.cell(cell, width: w, style: style, span: span, merge: cell.rowSpan > 1 ? "<w:vMerge w:val=\"restart\"/>" : "")
                    c += span
                } else if let cover = owner[r][c] {
                    let span = max(1, min(cover.colSpan, t.columnCount - c))
                    let w = cols[c..<(c + span)].reduce(0, +)
                    xml +=
                        "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")<w:vMerge/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>"
                    c += span
                } else {
                    c += 1
                }
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private func tableStart(width: Int, columns: [Int], grid: Bool, borders: String = "") -> String {
        "<w:tbl><w:tblPr>\(grid ? "<w:tblStyle w:val=\"TableGrid\"/>" : "")<w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\(borders)</w:tblPr><w:tblGrid>"
            + columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    }

    private func cell(_ c: TableCell, width: Int, style: String, span: Int = 1, merge: String = "") -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")\(merge)<w:vAlign w:val=\"center\"/></w:tcPr>"
            + (c.lines.isEmpty ? [""] : c.lines).map { "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(run($0))</w:p>" }.joined()
            + "</w:tc>"
    }

    /// A cell holding a borderless table of `rows` that draws only the lines between its cells,
    /// then the paragraph a cell must end with, one point high.
    private func nestCell(_ rows: [[TableCell]], widths: [Double], width: Int, heading: Bool) -> String {
        let total = max(widths.reduce(0, +), 0.0001)
        var cols = widths.map { Int((Double(width) * $0 / total).rounded()) }
        if let last = cols.indices.last { cols[last] = width - cols.dropLast().reduce(0, +) }
        let none =
            "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
            + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        var xml = tableStart(width: width, columns: cols, grid: false, borders: none)
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            var column = 0
            for c in row {
                let span = max(1, min(c.colSpan, cols.count - column))
                let w = cols[column..<min(cols.count, column + span)].reduce(0, +)
                column += span
                xml += cell(c, width: w, style: heading ? "TableHeading" : (c.centred ? "TableCentre" : "TableText"), span: span)
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        return
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:tcMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tcMar><w:vAlign w:val=\"center\"/></w:tcPr>"
            + xml + "<w:p><w:pPr><w:pStyle w:val=\"NestEnd\"/></w:pPr></w:p></w:tc>"
    }

    /// Photos (or clippings) two to a row; a picture still to supply shows its prompt, boxed in
    /// red like every prompt, in the picture's place.
    func grid(_ g: PhotoGrid, media: [String: String], pictures: inout Int) -> String {
        let columns = max(1, g.columns)
        let width = twips(cm: styles.textWidth)
        let col = width / columns
        var xml =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(col)\"/>", count: columns) + "</w:tblGrid>"
        for row in g.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for item in row {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(col)\" w:type=\"dxa\"/></w:tcPr>"
                if let image = item.image, let rid = media[image.fileName] {
                    pictures += 1
                    let (wcm, hcm) = PhotoSize.fit(
                        image,
                        maxWidth: min(styles.photoWidth, styles.textWidth / Double(columns) - 0.4),
                        pageHeight: PhotoSize.pageLimit(styles),
                        fit: g.fit
                    )
                    xml +=
                        "<w:p><w:pPr><w:pStyle w:val=\"Photo\"/></w:pPr>" + drawing(rid, id: pictures, name: image.fileName, w: wcm, h: hcm)
                        + "</w:p>"
                }
                if let prompt = item.prompt { xml += "<w:p><w:pPr><w:pStyle w:val=\"PicturePrompt\"/></w:pPr>\(run(prompt))</w:p>" }
                let caption = item.caption.isEmpty && item.prompt == nil ? [""] : item.caption
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
        let cx = Int(w * 360_000)
        let cy = Int(h * 360_000)
        let n = XMLText.escape(name)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"\(n)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(rid)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
