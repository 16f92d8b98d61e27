/// One page of a list: its rows, its number, and whether pages come before and after it.
/// Lists never count all their rows: a page is read with one row more than it shows, and that
/// row only says that a next page exists.
public struct PageOf<Row> {
    /// The rows of this page, in the list's order.
    public let rows: [Row]
    /// The page's number, from 1.
    public let number: Int
    /// True when a page follows.
    public let hasNext: Bool

    /// True when a page comes before this one.
    public var hasPrevious: Bool { number > 1 }

    /// A page from rows read with `limit: request.size + 1, offset: request.offset`.
    public init(fetched: [Row], _ request: PageRequest) {
        rows = Array(fetched.prefix(request.size))
        number = request.number
        hasNext = fetched.count > request.size
    }

    /// A page cut from a whole list already in memory (a delegation's clippings).
    public init(slicing all: [Row], _ request: PageRequest) {
        let start = min(all.count, request.offset)
        let end = min(all.count, start + request.size)
        rows = Array(all[start..<end])
        number = request.number
        hasNext = end < all.count
    }

    /// The same page with its rows made into others.
    public func map<Other>(_ transform: (Row) throws -> Other) rethrows -> PageOf<Other> {
        PageOf<Other>(rows: try rows.map(transform), number: number, hasNext: hasNext)
    }

    private init(rows: [Row], number: Int, hasNext: Bool) {
        self.rows = rows
        self.number = number
        self.hasNext = hasNext
    }
}

extension PageOf: Sendable where Row: Sendable {}
