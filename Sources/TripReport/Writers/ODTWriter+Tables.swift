import Foundation

// Tables and photo grids in content.xml.
extension ODTWriter {
    /// Row and cell styles every table uses. A row never breaks across pages. A table of row
    /// groups is drawn with separate borders (with merged ones, LibreOffice sets a nested table
    /// 1 mm inside its cell, so the lines do not meet): each outer cell draws half a line on
    /// every side, so two cells side by side make one, and a nested table's cells draw only the
    /// lines between them.
    static let cellStyles = """
        <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
        <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="GroupCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.25pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="NestCell" style:family="table-cell"><style:table-cell-properties fo:padding="0cm" fo:border="0.25pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="Inner_RB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" fo:border-right="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="Inner_R" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" fo:border-right="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="Inner_B" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" fo:border-bottom="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
        <style:style style:name="Inner_0" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" style:vertical-align="middle"/></style:style>
        <style:style style:name="PhotoCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none" style:vertical-align="top"/></style:style>
        <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none" style:mirror="none"/></style:style>
        """

    /// A bordered table. When first-column cells span rows (the itinerary's days), each span
    /// becomes one row that never breaks across a page, holding its lead cell and a nested table
    /// of its rows: LibreOffice draws a row-spanning cell wrongly where a table breaks across
    /// pages (the 9 月 4 日 cell covered 5 of its 6 rows), and a day then stays on one page.
    func table(_ t: Table, name: String) -> (String, String) {
        let total = max(t.widths.reduce(0, +), 0.0001)
        let width = styles.textWidth
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        let groups = t.leadGroups
        var style = tableStyle(name, width: width, separate: groups != nil)
        if let groups {
            let lead = width * (t.widths.first ?? 0) / total
            let rest = width - lead
            style += columnStyle("\(name).C0", lead) + columnStyle("\(name).C1", rest)
            xml += "<table:table-column table:style-name=\"\(name).C0\"/><table:table-column table:style-name=\"\(name).C1\"/>"
            var inner = 0
            let headerGrid = Array(t.grid.prefix(t.header.count))
            for (r, row) in headerGrid.enumerated() {
                if r == 0 { xml += "<table:table-header-rows>" }
                let leadCell = (row.first ?? nil) ?? TableCell("")
                let cells = row.dropFirst().compactMap { $0 }
                xml += "<table:table-row table:style-name=\"Row\">" + cell(leadCell, paragraph: "Table_20_Heading", style: "GroupCell")
                if cells.count <= 1 {
                    xml += cell(cells.first ?? TableCell(""), paragraph: "Table_20_Heading", style: "GroupCell")
                } else {
                    inner += 1
                    let (nested, nestedStyle) = innerTable([cells], widths: t.restWidths, width: rest, name: "\(name).\(inner)", heading: true)
                    style += nestedStyle
                    xml += "<table:table-cell table:style-name=\"NestCell\" office:value-type=\"string\">\(nested)</table:table-cell>"
                }
                xml += "</table:table-row>"
                if r == headerGrid.count - 1 { xml += "</table:table-header-rows>" }
            }
            for group in groups {
                inner += 1
                let (nested, nestedStyle) = innerTable(group.rows, widths: t.restWidths, width: rest, name: "\(name).\(inner)", heading: false)
                style += nestedStyle
                xml +=
                    "<table:table-row table:style-name=\"Row\">"
                    + cell(group.lead, paragraph: group.lead.centred ? "Table_20_Centre" : "Table_20_Contents", style: "GroupCell")
                    + "<table:table-cell table:style-name=\"NestCell\" office:value-type=\"string\">\(nested)</table:table-cell></table:table-row>"
            }
            return (xml + "</table:table>", style)
        }
        for (i, w) in t.widths.enumerated() {
            style += columnStyle("\(name).C\(i)", width * w / total)
            xml += "<table:table-column table:style-name=\"\(name).C\(i)\"/>"
        }
        for (r, row) in t.grid.enumerated() {
            if r == 0, !t.header.isEmpty { xml += "<table:table-header-rows>" }
            xml += "<table:table-row table:style-name=\"Row\">"
            for slot in row {
                guard let c = slot else {
                    xml += "<table:covered-table-cell/>"
                    continue
                }
                let paragraph = r < t.header.count ? "Table_20_Heading" : (c.centred ? "Table_20_Centre" : "Table_20_Contents")
                xml += cell(c, paragraph: paragraph, rowSpan: c.rowSpan, colSpan: c.colSpan)
            }
            xml += "</table:table-row>"
            if r == t.header.count - 1 { xml += "</table:table-header-rows>" }
        }
        return (xml + "</table:table>", style)
    }

    /// The rows of one group as a table inside a cell, drawing only the lines between its cells.
    private func innerTable(_ rows: [[TableCell]], widths: [Double], width: Double, name: String, heading: Bool) -> (String, String) {
        let total = max(widths.reduce(0, +), 0.0001)
        var style = tableStyle(name, width: width, margin: false, separate: true)
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for (i, w) in widths.enumerated() {
            style += columnStyle("\(name).C\(i)", width * w / total)
            xml += "<table:table-column table:style-name=\"\(name).C\(i)\"/>"
        }
        for (r, row) in rows.enumerated() {
            xml += "<table:table-row table:style-name=\"Row\">"
            var column = 0
            for c in row {
                let span = max(1, min(c.colSpan, widths.count - column))
                column += span
                let right = column < widths.count
                let bottom = r < rows.count - 1
                let cellStyle = "Inner_" + (right ? "R" : "") + (bottom ? "B" : "") + (right || bottom ? "" : "0")
                let paragraph = heading ? "Table_20_Heading" : (c.centred ? "Table_20_Centre" : "Table_20_Contents")
                xml += cell(c, paragraph: paragraph, colSpan: span, style: cellStyle)
                for _ in 1..<span { xml += "<table:covered-table-cell/>" }
            }
            xml += "</table:table-row>"
        }
        return (xml + "</table:table>", style)
    }

    private func cell(_ c: TableCell, paragraph: String, rowSpan: Int = 1, colSpan: Int = 1, style: String = "Cell") -> String {
        var attrs = ""
        if rowSpan > 1 { attrs += " table:number-rows-spanned=\"\(rowSpan)\"" }
        if colSpan > 1 { attrs += " table:number-columns-spanned=\"\(colSpan)\"" }
        let lines = c.lines.isEmpty ? [""] : c.lines
        let xml =
            "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"string\"\(attrs)>"
            + lines.map { "<text:p text:style-name=\"\(paragraph)\">\(ODTWriter.inline($0))</text:p>" }.joined()
            + "</table:table-cell>"
        return xml
    }

    private func tableStyle(_ name: String, width: Double, margin: Bool = true, separate: Bool = false) -> String {
        "<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties style:width=\"\(cm(width))\" table:align=\"margins\""
            + (margin ? " fo:margin-bottom=\"0.3cm\"" : "") + (separate ? " table:border-model=\"separating\"" : "") + "/></style:style>"
    }

    private func columnStyle(_ name: String, _ width: Double) -> String {
        "<style:style style:name=\"\(name)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(cm(width))\"/></style:style>"
    }

    /// Photos (or clippings) two to a row; a picture still to supply shows its prompt, boxed in
    /// red like every prompt, in the picture's place.
    func grid(_ g: PhotoGrid, name: String) -> (String, String) {
        let width = styles.textWidth
        let columns = max(1, g.columns)
        var style = tableStyle(name, width: width)
        style += columnStyle("\(name).C", width / Double(columns))
        var xml =
            "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\"><table:table-column table:style-name=\"\(name).C\" table:number-columns-repeated=\"\(columns)\"/>"
        for row in g.rows {
            xml += "<table:table-row table:style-name=\"Row\">"
            for item in row {
                xml += "<table:table-cell table:style-name=\"PhotoCell\" office:value-type=\"string\">"
                if let image = item.image, image.prepared != nil {
                    let (w, h) = PhotoSize.fit(
                        image,
                        maxWidth: min(styles.photoWidth, width / Double(columns) - 0.4),
                        pageHeight: PhotoSize.pageLimit(styles),
                        fit: g.fit
                    )
                    xml +=
                        "<text:p text:style-name=\"Photo\"><draw:frame draw:style-name=\"fr1\" draw:name=\"\(e(image.fileName))\" text:anchor-type=\"as-char\" svg:width=\"\(cm(w))\" svg:height=\"\(cm(h))\" draw:z-index=\"0\">"
                        + "<draw:image xlink:href=\"Pictures/\(e(image.fileName))\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\" draw:mime-type=\"image/jpeg\"/></draw:frame></text:p>"
                }
                if let prompt = item.prompt { xml += "<text:p text:style-name=\"Picture_20_Prompt\">\(ODTWriter.inline(prompt))</text:p>" }
                xml += item.caption.map { "<text:p text:style-name=\"Caption\">\(ODTWriter.inline($0))</text:p>" }.joined()
                if item.caption.isEmpty, item.image == nil, item.prompt == nil { xml += "<text:p text:style-name=\"Caption\"/>" }
                xml += "</table:table-cell>"
            }
            for _ in row.count..<columns {
                xml +=
                    "<table:table-cell table:style-name=\"PhotoCell\" office:value-type=\"string\"><text:p text:style-name=\"Caption\"/></table:table-cell>"
            }
            xml += "</table:table-row>"
        }
        xml += "</table:table>"
        return (xml, style)
    }
}
