import TripApp
import TripModel

/// The human form of a schedule; items a diagnostic names are marked, with its message below.
struct ScheduleText {
    let labels: DelegationLabels
    var checks: CheckResult?

    func render(_ days: [ItineraryDay], member: String?) -> String {
        let d = labels.delegation
        let lang = labels.lang
        let width = CLIText.kindWidth(lang)
        var out = [d.title]
        let period = LocalizedText(zh: "出國期間：\(ROCDate.range(d.start, d.end))", en: "Dates: \(d.start.iso) to \(d.end.iso)")
        out.append(period.text(lang) + CLIText.allTimesLocal.text(lang))
        if let member, let m = d.member(member) {
            out.append(LocalizedText(zh: "人員：\(m.name)\(m.title)", en: "Member: \(m.name) (\(m.title))").text(lang))
        }
        for day in days {
            out.append("")
            out.append(labels.day(day.date))
            if day.items.isEmpty && day.stays.isEmpty && day.continuing.isEmpty && day.arriving.isEmpty {
                out.append(CLIText.nothingPlanned.text(lang))
            }
            for l in day.arriving {
                // A leg that left on an earlier date lands today.
                let when = labels.time(l.arrival).map { " \($0)" } ?? ""
                out.append("  " + TextWidth.pad(CLIText.arrival.text(lang), width) + "  \(labels.place(l.toID))\(when)  (\(l.id))")
            }
            for e in day.continuing {
                // The day within the range is not known: say so rather than guess.
                out.append("  " + TextWidth.pad("…", width) + "  \(labels.span(e) ?? "")  \(e.title)  (\(e.id))")
            }
            for item in day.items {
                out.append(line(item))
                if case let .event(e) = item { out.append(contentsOf: labels.contacts(e).map { "      " + $0 }) }
                for diagnostic in (checks?.diagnostics(naming: item.id) ?? []) where diagnostic.acknowledged == nil && diagnostic.severity != .info {
                    out.append("      " + mark(diagnostic.severity) + " [\(diagnostic.code.rawValue)] " + diagnostic.message.text(lang))
                }
            }
            for stay in day.stays {
                let extra = [stay.phone, stay.remark].compactMap { $0 }.map { "  " + $0.replacingOccurrences(of: "\n", with: " ") }.joined()
                out.append(
                    "  " + CLIText.stay.text(lang) + labels.place(stay.placeID) + (labels.who(stay.participants).map { "  [\($0)]" } ?? "") + extra
                )
            }
        }
        return out.joined(separator: "\n")
    }

    /// `✖` for an error, `▲` for a warning.
    private func mark(_ severity: Severity?) -> String {
        switch severity {
        case .error?: "✖"
        case .warning?: "▲"
        default: " "
        }
    }

    private func line(_ item: ItineraryItem) -> String {
        let lang = labels.lang
        let flag = mark(checks?.flaggedItems[item.id].flatMap { $0 == .info ? nil : $0 })
        switch item {
        case let .event(e):
            var parts = [flag + " " + TextWidth.pad(e.kind.name(lang), CLIText.kindWidth(lang))]
            if let span = labels.span(e) { parts.append(span) }
            parts.append(e.title)
            if let p = e.placeID, labels.place(p) != e.title, !e.title.contains(labels.place(p)) { parts.append("@ " + labels.place(p)) }
            if let who = labels.who(e.participants) { parts.append("[\(who)]") }
            parts.append("(\(e.id))")
            return parts.joined(separator: "  ")
        case let .leg(l):
            let kind = labels.delegation.kind(of: l).name(lang)
            var parts = [flag + " " + TextWidth.pad(kind, CLIText.kindWidth(lang)), labels.leg(l)]
            if let who = labels.who(l.participants) { parts.append("[\(who)]") }
            parts.append("(\(l.id))")
            return parts.joined(separator: "  ")
        }
    }
}
