import Foundation
import TripApp
import TripModel

/// What a page is told, in its address, about the save that brought the user back to it
/// (`?already=12.caption-updated`): a redirect carries no body, and the page says what
/// happened. Only ids and coded values travel; the page builds the words. A malformed value
/// shows nothing (it only ever comes from our own redirect).
struct AfterSave {
    /// Photos sent again that the event already had, and what became of their captions.
    var already: [(photo: Int64, what: PhotoAlreadyStored)] = []

    /// The most items an address carries (one upload's photos).
    static let limit = 50

    /// What the page's address says.
    init(query: String?) {
        guard let query, query.utf8.count <= 2000 else { return }
        for part in query.split(separator: ",").prefix(Self.limit) {
            let pieces = part.split(separator: ".", maxSplits: 1)
            guard pieces.count == 2, pieces[0].utf8.count <= 18, let id = Int64(pieces[0]), id > 0,
                let what = PhotoAlreadyStored(rawValue: String(pieces[1]))
            else { continue }
            already.append((id, what))
        }
    }

    /// The address a save goes back to, telling the page what happened to photos sent again
    /// (the query goes before a `#fragment`; nothing is added when nothing needs saying).
    static func address(_ path: String, stored: [LogPhotos.Stored]) -> String {
        let said = stored.compactMap { s in s.alreadyStored.map { "\(s.id).\($0.rawValue)" } }.prefix(limit)
        guard !said.isEmpty else { return path }
        let (base, fragment) = path.firstIndex(of: "#").map { (String(path[..<$0]), String(path[$0...])) } ?? (path, "")
        return base + (base.contains("?") ? "&" : "?") + "already=" + said.joined(separator: ",") + fragment
    }

    /// The notices in a language.
    func notices(_ lang: Lang) -> [SavedNotice] {
        already.map { id, what in
            SavedNotice(text: LogPhotos.alreadyStoredNotice(photo: id, what).text(lang), warning: what != .captionUpdated, link: nil, linkText: nil)
        }
    }
}
