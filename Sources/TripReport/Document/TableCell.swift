/// One cell of a table: lines of text, optionally spanning rows or columns.
public struct TableCell: Hashable, Sendable {
    /// Lines of text, each its own paragraph in the cell.
    public var lines: [String]
    /// Rows covered (1 = only its own).
    public var rowSpan: Int
    /// Columns covered (1 = only its own).
    public var colSpan: Int
    /// Centred instead of left-aligned.
    public var centred: Bool

    /// Creates a cell.
    public init(_ lines: [String], rowSpan: Int = 1, colSpan: Int = 1, centred: Bool = false) {
        self.lines = lines
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.centred = centred
    }

    /// A one-line cell.
    public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1, centred: Bool = false) {
        self.init([text], rowSpan: rowSpan, colSpan: colSpan, centred: centred)
    }

    /// The lines joined with a space, for one-line formats.
    public var text: String { lines.joined(separator: " ") }
}
