/// A bordered table. Cells may span rows and columns; a spanned-over position holds no cell.
public struct Table: Hashable, Sendable {
    /// Relative column widths (any unit; they are scaled to the text width).
    public var widths: [Double]
    /// Header rows, repeated on each page.
    public var header: [[TableCell]]
    /// Body rows.
    public var rows: [[TableCell]]

    /// Creates a table.
    public init(widths: [Double], header: [[TableCell]], rows: [[TableCell]]) {
        self.widths = widths
        self.header = header
        self.rows = rows
    }

    /// Number of columns.
    public var columnCount: Int { widths.count }

    /// The grid: for every row (header first) and column, the cell that starts there, or nil
    /// where a cell above or to the left spans over it. Short rows are padded with empty cells.
    public var grid: [[TableCell?]] {
        let all = header + rows
        var occupied = Array(repeating: Array(repeating: false, count: columnCount), count: all.count)
        var out = Array(repeating: [TableCell?](repeating: nil, count: columnCount), count: all.count)
        for (r, row) in all.enumerated() {
            var c = 0
            for cell in row {
                while c < columnCount, occupied[r][c] { c += 1 }
                guard c < columnCount else { break }
                out[r][c] = cell
                for dr in 0..<max(1, cell.rowSpan) where r + dr < all.count {
                    for dc in 0..<max(1, cell.colSpan) where c + dc < columnCount {
                        occupied[r + dr][c + dc] = true
                    }
                }
                c += max(1, cell.colSpan)
            }
        }
        for r in out.indices {
            for c in 0..<columnCount where !occupied[r][c] { out[r][c] = TableCell("") }
        }
        return out
    }
}
