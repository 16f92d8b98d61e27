import TripModel

/// The words a calendar entry shows: places, legs, descriptions (zh-Hant, as the users write).
struct CalendarLabels {
    let delegation: Delegation

    func location(_ id: String?) -> String? {
        guard let p = delegation.place(id) else { return nil }
        var parts = [p.name]
        if let code = p.airportCode, !p.name.contains(code) { parts[0] += " (\(code))" }
        if let address = p.address { parts.append(address) }
        return parts.joined(separator: ", ")
    }

    func summary(of l: Leg) -> String {
        let service = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        let route = "\(location(l.fromID) ?? l.fromID) → \(location(l.toID) ?? l.toID)"
        return "\(delegation.kind(of: l).zh)｜\(service.isEmpty ? l.mode.zh : service) \(route)"
    }

    func description(of l: Leg) -> String {
        var lines = ["出發：\(end(l.fromID, l.departure))"]
        if let a = l.arrival { lines.append("抵達：\(end(l.toID, a))") } else { lines.append("抵達：\(location(l.toID) ?? l.toID)") }
        if let booking = l.booking { lines.append("訂位代號：\(booking)") }
        if let remark = l.remark { lines.append(remark) }
        return lines.joined(separator: "\n")
    }

    func description(of e: Event) -> String {
        var lines: [String] = []
        // An all-day entry says the part of the day the plan knows (下午).
        if let part = e.start.part { lines.append("時段：\(part.zh)") }
        if let host = e.host { lines.append("主辦／接待：\(host)") }
        for c in e.counterparts {
            lines.append("會見：" + [c.organisation, c.title, c.name].compactMap { $0 }.joined(separator: " "))
        }
        let who = e.participants.compactMap { delegation.member($0)?.name }
        if !who.isEmpty { lines.append("參加人員：\(who.joined(separator: "、"))") }
        if let c = e.liaison {
            lines.append("聯絡人：" + [c.name + (c.title ?? ""), c.phone, c.email].compactMap { $0 }.joined(separator: " "))
        }
        if let phone = e.phone { lines.append("電話：\(phone)") }
        if let remark = e.remark { lines.append("備註：\(remark)") }
        return lines.joined(separator: "\n")
    }

    /// `福岡 (FUK) 2025-09-01 13:05 JST`.
    private func end(_ place: String, _ m: Moment) -> String {
        var text = "\(location(place) ?? place) \(m.date.iso)"
        if let t = m.localTime, let i = m.instant {
            text += " \(t) \(m.zone.abbreviation(at: i))"
        } else if let part = m.part {
            text += " \(part.zh)"
        }
        return text
    }
}
