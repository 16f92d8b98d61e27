import TripModel

/// Column layout for terminals, where CJK characters take two cells.
enum TextWidth {
    /// Cells a string takes in a terminal.
    static func cells(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : (u.properties.generalCategory == .nonspacingMark ? 0 : 1))
        }
    }

    /// Pads with spaces to `width` cells.
    static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - cells(s)))
    }

    /// Rows as aligned columns separated by two spaces; cells are neutralised first
    /// (`TerminalText`), so the columns line up with what the terminal shows.
    static func table(_ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(TerminalText.neutralised) }
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? cells($0[c]) : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in c == row.count - 1 ? cell : pad(cell, widths[c]) }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
