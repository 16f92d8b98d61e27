// Tables whose first column holds cells spanning several rows (a day of the itinerary), read
// as groups: ODT and DOCX write each group as one unsplittable row, because LibreOffice draws a
// row-spanning cell wrongly when the table breaks across a page (9 月 4 日 covered 5 of its 6 rows).
extension Table {
    /// Rows led by one cell of the first column: the lead cell and, per row, the other cells.
    public struct RowGroup: Hashable, Sendable {
        /// The first column's cell, spanning the group.
        public var lead: TableCell
        /// Each row's cells after the first column, in the same layout as the table's.
        public var rows: [[TableCell]]
    }

    /// The body as groups led by first-column cells, when some first-column cell spans rows and
    /// no other cell does (nil otherwise: the table is written as it is).
    public var leadGroups: [RowGroup]? {
        guard columnCount >= 2 else { return nil }
        let grid = self.grid
        let body = Array(grid.dropFirst(header.count))
        var spansInLead = false
        for row in body {
            for (c, slot) in row.enumerated() {
                guard let cell = slot else { continue }
                if c == 0 {
                    if cell.colSpan > 1 { return nil }
                    if cell.rowSpan > 1 { spansInLead = true }
                } else if cell.rowSpan > 1 {
                    return nil
                }
            }
        }
        guard spansInLead else { return nil }
        var groups: [RowGroup] = []
        for row in body {
            let rest = row.dropFirst().compactMap { $0 }
            if let lead = row.first ?? nil {
                groups.append(RowGroup(lead: lead, rows: [rest]))
            } else if !groups.isEmpty {
                groups[groups.count - 1].rows.append(rest)
            } else {
                return nil
            }
        }
        return groups
    }

    /// The widths of every column after the first.
    public var restWidths: [Double] { Array(widths.dropFirst()) }
}
