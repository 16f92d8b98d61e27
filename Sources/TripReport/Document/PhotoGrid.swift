/// Photos two to a row, each with its caption lines.
public struct PhotoGrid: Hashable, Sendable {
    /// How the pictures of a grid are sized on the page.
    public enum Fit: String, Hashable, Sendable {
        /// Photos: as wide as a column but no taller than 3:4 of it, so rows stay even; a picture
        /// taller than 3:2 keeps at least half the column's width and grows up to the page's height.
        case even
        /// Clippings (screenshots to be read): as wide as a column, up to the page's height.
        case readable
    }

    /// The photos, in reading order.
    public var items: [GridItem]
    /// Photos per row.
    public var columns: Int
    /// How pictures are sized.
    public var fit: Fit

    /// Creates a grid.
    public init(items: [GridItem], columns: Int = 2, fit: Fit = .even) {
        self.items = items
        self.columns = columns
        self.fit = fit
    }

    /// The items cut into rows of `columns`.
    public var rows: [[GridItem]] {
        stride(from: 0, to: items.count, by: max(1, columns)).map {
            Array(items[$0..<min($0 + max(1, columns), items.count)])
        }
    }
}
