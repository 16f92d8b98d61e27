/// Photos two to a row, each with its caption lines.
public struct PhotoGrid: Hashable, Sendable {
    /// The photos, in reading order.
    public var items: [GridItem]
    /// Photos per row.
    public var columns: Int

    /// Creates a grid.
    public init(items: [GridItem], columns: Int = 2) {
        self.items = items
        self.columns = columns
    }

    /// The items cut into rows of `columns`.
    public var rows: [[GridItem]] {
        stride(from: 0, to: items.count, by: max(1, columns)).map {
            Array(items[$0..<min($0 + max(1, columns), items.count)])
        }
    }
}
