import Foundation
import Mustache
import TripApp
import TripModel

/// The links between the pages of a long list (`{{>pager}}` under a page's `pager`): every list
/// page shows one, built from the `PageOf` its use case returned, so they all page alike
/// (`?page=N`, the other query parameters kept). Nothing is shown for a list of one page.
struct Pager: TemplateFields {
    /// True when the list has more than one page.
    let shown: Bool
    /// `第 2 頁` / `Page 2`.
    let label: String
    /// The previous page's address, nil on the first.
    let previous: String?
    /// The next page's address, nil on the last.
    let next: String?

    func child(named name: String) -> Any? {
        switch name {
        case "shown": shown
        case "label": label
        case "previous": previous
        case "next": next
        default: nil
        }
    }

    /// The pager of a page of a list served at `path`; `query` holds the other parameters of
    /// the address (kept on the links, in their order).
    init<Row>(_ page: PageOf<Row>, path: String, query: [(String, String)] = [], lang: Lang) {
        shown = page.hasPrevious || page.hasNext
        label = LocalizedText(zh: "第 \(page.number) 頁", en: "Page \(page.number)").text(lang)
        previous = page.hasPrevious ? Pager.address(path, query, page: page.number - 1) : nil
        next = page.hasNext ? Pager.address(path, query, page: page.number + 1) : nil
    }

    /// `path?other=…&page=N`, the first page without `page`.
    static func address(_ path: String, _ query: [(String, String)], page: Int) -> String {
        let parts =
            query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            + (page > 1 ? ["page=\(page)"] : [])
        return parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }
}
