import TripModel

/// Which page of a long list to show (`?page=N`, from 1) and how many rows a page holds. Every
/// list page reads its number through `init?(query:)`, so all refuse the same inputs alike.
public struct PageRequest: Hashable, Sendable {
    /// Rows on a page of a list: a phone screen scrolls through them without waiting.
    public static let defaultSize = 50
    /// The highest page number a link may name: far beyond any list, small enough that the
    /// offset of its first row cannot overflow.
    public static let highest = 1_000_000

    /// The page, from 1.
    public let number: Int
    /// Rows on a page.
    public let size: Int

    /// A page by number (clamped to 1…`highest`) and size (at least 1).
    public init(number: Int = 1, size: Int = PageRequest.defaultSize) {
        self.number = min(max(1, number), PageRequest.highest)
        self.size = max(1, size)
    }

    /// The page a `page` query parameter names: none is the first page; nil (refused with
    /// `refusal`) for anything but a whole number from 1 to `highest`, written in ASCII digits.
    public init?(query: String?, size: Int = PageRequest.defaultSize) {
        guard let query else {
            self.init(size: size)
            return
        }
        guard !query.isEmpty, query.utf8.count <= 7, query.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let n = Int(query), n >= 1, n <= PageRequest.highest
        else { return nil }
        self.init(number: n, size: size)
    }

    /// Rows before this page.
    public var offset: Int { (number - 1) * size }

    /// What a refused page number is told, with the fix.
    public static let refusal = LocalizedText(
        zh: "頁碼須為 1 到 1000000 的整數，例如 ?page=2；或移除 page 從第一頁看起。",
        en: "The page number must be a whole number from 1 to 1000000, for example ?page=2; or remove page to start from the first page."
    )
}
