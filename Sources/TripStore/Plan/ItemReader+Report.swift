import Foundation
import TripModel
import Yams

extension ItemReader {
    func readPress(_ f: Fields) -> [PressItem] {
        var lines: [String: Int] = [:]
        return f.list("press").compactMap { node -> PressItem? in
            guard let p = Fields(node, allowed: ["id", "date", "outlet", "headline", "url", "image", "language", "remark", "event"],
                                 context: ctx, name: "press") else { return nil }
            let id = p.id(), date = p.date("date", required: true), outlet = p.string("outlet", required: true)
            let event = p.string("event")
            if let event, itemLines[event] == nil {
                ctx.fail(p.value("event"), .unknownItem(event, suggestion: NearestNames.nearest(to: event, among: Array(itemLines.keys), limit: 1).first))
            }
            if let image = p.string("image"), let problem = imageProblem(image) {
                ctx.fail(p.value("image"), problem)
            }
            guard let id, let date, let outlet else { return nil }
            if let line = lines[id] {
                ctx.fail(p.value("id"), .duplicateID(kind: "press", id: id, firstLine: line))
                return nil
            }
            lines[id] = node.mark?.line ?? 0
            return PressItem(id: id, date: date, outlet: outlet, headline: p.string("headline"), url: p.string("url"),
                             image: p.string("image"), language: p.string("language"), remark: p.string("remark"),
                             eventID: event)
        }
    }

    func readChecks(_ f: Fields) -> CheckSettings {
        guard let node = f.value("checks"),
              let c = Fields(node, allowed: ["off", "settings", "acknowledge"], context: ctx, name: "checks") else {
            return CheckSettings()
        }
        var numbers: [String: Double] = [:]
        if let s = c.value("settings") {
            if case let .mapping(mapping) = s {
                let known = CheckSettings.defaults.keys.sorted()
                for (k, v) in mapping {
                    let name = k.scalar?.string ?? ""
                    guard CheckSettings.defaults[name] != nil else {
                        ctx.fail(k, .unknownSetting(name, suggestion: NearestNames.nearest(to: name, among: known, limit: 1).first))
                        continue
                    }
                    guard let n = v.scalar.flatMap({ Double($0.string) }) else {
                        ctx.fail(v, .badNumber(v.scalar?.string ?? ""))
                        continue
                    }
                    numbers[name] = n
                }
            } else {
                ctx.fail(s, .wrongType(key: "settings", expected: "mapping"))
            }
        }
        let acks = c.list("acknowledge").compactMap { n -> Acknowledgement? in
            guard let a = Fields(n, allowed: ["code", "item", "reason"], context: ctx, name: "acknowledge"),
                  let code = a.string("code", required: true), let item = a.string("item", required: true),
                  let reason = a.string("reason", required: true) else { return nil }
            if itemLines[item] == nil {
                ctx.fail(a.value("item"), .unknownItem(item, suggestion: NearestNames.nearest(to: item, among: Array(itemLines.keys), limit: 1).first))
            }
            return Acknowledgement(code: code, item: item, reason: reason)
        }
        return CheckSettings(disabled: c.strings("off"), numbers: numbers, acknowledgements: acks)
    }

    func readCouncil(_ node: Node) -> CouncilReport? {
        guard let c = Fields(node, allowed: ["council", "term", "session", "title", "date", "reporters"], context: ctx, name: "council") else {
            return nil
        }
        let name = c.string("council", required: true), term = c.int("term", required: true), session = c.int("session", required: true)
        let reporters = c.list("reporters").compactMap { n -> Reporter? in
            guard let r = Fields(n, allowed: ["unit", "title", "name"], context: ctx, name: "reporters"),
                  let unit = r.string("unit", required: true), let title = r.string("title", required: true),
                  let rname = r.string("name", required: true) else { return nil }
            return Reporter(unit: unit, title: title, name: rname)
        }
        guard let name, let term, let session else { return nil }
        return CouncilReport(council: name, term: term, session: session, title: c.string("title"),
                             reporters: reporters, date: c.date("date"))
    }
}
