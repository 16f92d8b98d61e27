import TripApp
import TripModel

/// The human form of `tripwright check`: diagnostics grouped by day, coloured on a terminal.
struct CheckPrinter {
    let lang: Lang
    let color: Bool

    /// The result as printed.
    func render(_ result: CheckResult) -> String {
        var out: [String] = [paint("\(result.delegation)  \(result.title)", "1")]
        if result.diagnostics.isEmpty {
            out.append(CLIText.noProblems.text(lang))
            return out.joined(separator: "\n")
        }
        var started = false
        var lastDay: LocalDate?
        for d in result.diagnostics {
            if !started || lastDay != d.day {
                started = true
                lastDay = d.day
                out.append("")
                out.append(paint(heading(d.day), "1"))
            }
            let tag = (d.acknowledged != nil ? CLIText.accepted : LocalizedText(zh: d.severity.zh, en: d.severity.rawValue)).text(lang)
            let line = "  \(symbol(d)) \(tag) [\(d.code.rawValue)] \(d.message.text(lang))"
            out.append(paint(line, d.acknowledged != nil ? "2" : colour(d.severity)))
            if let reason = d.acknowledged {
                out.append(paint(CLIText.reason.text(lang) + reason, "2"))
            } else if let fix = d.fix {
                out.append(TerminalText.neutralised(CLIText.fix.text(lang) + fix.text(lang)))
            }
        }
        let c = result.counts
        out.append("")
        out.append(
            LocalizedText(
                zh: "錯誤 \(c.error) 項、警告 \(c.warning) 項、提示 \(c.info) 項、已確認 \(c.acknowledged) 項。",
                en: "\(c.error) errors, \(c.warning) warnings, \(c.info) notes, \(c.acknowledged) accepted."
            ).text(lang)
        )
        return out.joined(separator: "\n")
    }

    private func heading(_ day: LocalDate?) -> String {
        guard let day else { return CLIText.wholeTrip.text(lang) }
        return LocalizedText(zh: "\(ROCDate.long(day))（\(ROCDate.weekday(day))）", en: "\(day.iso) (\(ROCDate.englishWeekday(day)))").text(lang)
    }

    private func symbol(_ d: Diagnostic) -> String {
        if d.acknowledged != nil { return "✓" }
        switch d.severity {
        case .error: return "✖"
        case .warning: return "▲"
        case .info: return "·"
        }
    }

    private func colour(_ s: Severity) -> String {
        switch s {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    /// The text neutralised (plan text in it may hold escapes of its own), then coloured: only
    /// our own colour sequences reach the terminal.
    private func paint(_ text: String, _ code: String) -> String {
        let shown = TerminalText.neutralised(text)
        return color ? "\u{1B}[\(code)m\(shown)\u{1B}[0m" : shown
    }
}
