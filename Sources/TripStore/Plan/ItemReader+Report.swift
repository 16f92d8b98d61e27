import Foundation
import TripModel
import Yams

extension ItemReader {
    func readPress(_ f: Fields) -> [PressItem] {
        var lines: [String: Int] = [:]
        return f.list("press").compactMap { node -> PressItem? in
            guard
                let p = Fields(
                    node,
                    allowed: ["id", "date", "outlet", "headline", "url", "image", "language", "remark", "event"],
                    context: ctx,
                    name: "press"
                )
            else { return nil }
            let id = p.id()
            let date = p.date("date", required: true)
            let outlet = p.text("outlet", .line, required: true)
            let headline = p.text("headline", .line)
            let remark = p.text("remark", .line)
            let event = p.string("event")
            if let event, itemLines[event] == nil {
                ctx.fail(
                    p.value("event"),
                    .unknownItem(event, suggestion: NearestNames.nearest(to: event, among: Array(itemLines.keys), limit: 1).first)
                )
            }
            let url = p.string("url")
            if let url, !ItemReader.isWebAddress(url) { ctx.fail(p.value("url"), .badURL(url)) }
            let language = p.string("language")
            if let language, !ItemReader.isLanguageTag(language) { ctx.fail(p.value("language"), .badLanguage(language)) }
            let image = p.string("image")
            if let image, let problem = files.resolve(image) { ctx.fail(p.value("image"), problem) }
            guard let id, let date, let outlet else { return nil }
            if let line = lines[id] {
                ctx.fail(p.value("id"), .duplicateID(kind: "press", id: id, firstLine: line))
                return nil
            }
            lines[id] = node.mark?.line ?? 0
            return PressItem(
                id: id,
                date: date,
                outlet: outlet,
                headline: headline,
                url: url,
                image: image,
                language: language,
                remark: remark,
                eventID: event
            )
        }
    }

    /// An `http://` or `https://` address with a host (a `javascript:` link would run in the
    /// HTML report).
    static func isWebAddress(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// A BCP 47 tag's shape: `zh-Hant`, `ja`, `en-US` (letters, then subtags of 1–8 letters or digits).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    func readCouncil(_ node: Node) -> CouncilReport? {
        guard let c = Fields(node, allowed: ["council", "term", "session", "title", "date", "reporters"], context: ctx, name: "council") else {
            return nil
        }
        let name = c.text("council", .line, required: true)
        let term = c.int("term", in: 1...999, required: true)
        let session = c.int("session", in: 1...999, required: true)
        let reporters = c.list("reporters").compactMap { n -> Reporter? in
            guard let r = Fields(n, allowed: ["unit", "title", "name"], context: ctx, name: "reporters") else { return nil }
            let unit = r.text("unit", .line, required: true)
            let title = r.text("title", .line, required: true)
            let rname = r.text("name", .line, required: true)
            guard let unit, let title, let rname else { return nil }
            return Reporter(unit: unit, title: title, name: rname)
        }
        let title = c.text("title", .line)
        let date = c.date("date")
        guard let name, let term, let session else { return nil }
        return CouncilReport(
            council: name,
            term: term,
            session: session,
            title: title,
            reporters: reporters,
            date: date
        )
    }
}
