import Foundation
import TripApp
import TripModel

/// What a page is told, in its address, about the save that brought the user back to it
/// (`?already=12.caption-updated`, `?warn=photo.12,note.5`): a redirect carries no body, and
/// the page says what happened. Only ids and coded values travel; the page builds the words,
/// and warnings are judged again on what is stored now (a photo moved since warns no more). A
/// malformed value shows nothing (it only ever comes from our own redirect).
struct AfterSave {
    /// Photos sent again that the event already had, and what became of their captions.
    var already: [(photo: Int64, what: PhotoAlreadyStored)] = []
    /// Photos and notes just kept with a warning.
    var warned: [(kind: String, id: Int64)] = []

    /// The most items an address carries (one upload's photos).
    static let limit = 50

    /// What the page's address says (its `already` and `warn` parameters).
    init(already: String?, warn: String? = nil) {
        for (first, second) in Self.pairs(already) {
            guard let id = Self.id(first), let what = PhotoAlreadyStored(rawValue: second) else { continue }
            self.already.append((id, what))
        }
        for (first, second) in Self.pairs(warn) {
            guard ["photo", "note"].contains(first), let id = Self.id(second) else { continue }
            warned.append((first, id))
        }
    }

    /// The `a.b` pairs of a comma-separated value, at most `limit`.
    private static func pairs(_ value: String?) -> [(String, String)] {
        guard let value, value.utf8.count <= 2000 else { return [] }
        return value.split(separator: ",").prefix(limit).compactMap { part in
            let pieces = part.split(separator: ".", maxSplits: 1)
            return pieces.count == 2 ? (String(pieces[0]), String(pieces[1])) : nil
        }
    }

    /// A database id written in ASCII digits.
    private static func id(_ text: String) -> Int64? {
        guard text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let id = Int64(text), id > 0 else { return nil }
        return id
    }

    /// The address a save goes back to, telling the page what happened to photos sent again
    /// and which items were kept with a warning (the query goes before a `#fragment`; nothing is
    /// added when nothing needs saying).
    static func address(_ path: String, stored: [LogPhotos.Stored] = [], warnings: [LoggingWarning] = []) -> String {
        let already = stored.compactMap { s in s.alreadyStored.map { "\(s.id).\($0.rawValue)" } }.prefix(limit)
        let warned = (warnings + stored.compactMap(\.warning)).compactMap { w -> String? in
            switch w.item {
            case let .photo(id): "photo.\(id)"
            case let .note(id): "note.\(id)"
            default: nil
            }
        }.prefix(limit)
        var query: [String] = []
        if !already.isEmpty { query.append("already=" + already.joined(separator: ",")) }
        if !warned.isEmpty { query.append("warn=" + warned.joined(separator: ",")) }
        guard !query.isEmpty else { return path }
        let (base, fragment) = path.firstIndex(of: "#").map { (String(path[..<$0]), String(path[$0...])) } ?? (path, "")
        return base + (base.contains("?") ? "&" : "?") + query.joined(separator: "&") + fragment
    }

    /// The notices in a language: photos sent again, then the warnings still true of the
    /// stored items, each linking the event it offers.
    func notices(in d: Delegation, _ lang: Lang) -> [SavedNotice] {
        let again = already.map { id, what in
            SavedNotice(text: LogPhotos.alreadyStoredNotice(photo: id, what).text(lang), warning: what != .captionUpdated, link: nil, linkText: nil)
        }
        let warnings = warned.compactMap { kind, id -> LoggingWarning? in
            for e in d.events {
                if kind == "photo", let p = e.photos.first(where: { $0.id == id }) { return d.loggingWarning(photo: p, on: e) }
                if kind == "note", let n = e.notes.first(where: { $0.id == id }) { return d.loggingWarning(note: n, on: e) }
            }
            return nil
        }
        return again
            + warnings.map { w in
                let better = w.better.flatMap { id in d.events.first { $0.id == id } }
                return SavedNotice(
                    text: w.message.text(lang),
                    warning: true,
                    link: better.map { "/d/\(d.id.pathEscaped)/e/\($0.id.pathEscaped)" },
                    linkText: better.map { LocalizedText(zh: "前往「\($0.title)」", en: "Go to '\($0.title)'").text(lang) }
                )
            }
    }
}
