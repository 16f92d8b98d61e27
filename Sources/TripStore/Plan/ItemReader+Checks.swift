import TripModel
import Yams

extension ItemReader {
    /// `checks:`: rule codes and names turned off, thresholds in their ranges, and
    /// acknowledgements of real codes on real items. A misspelt code would otherwise turn
    /// nothing off, and a threshold of 0 or `nan` would stop the checks.
    func readChecks(_ f: Fields, delegationID: String?) -> CheckSettings {
        guard let node = f.value("checks"),
            let c = Fields(node, allowed: ["off", "settings", "acknowledge"], context: ctx, name: "checks")
        else {
            return CheckSettings()
        }
        var off: [String] = []
        let switchable = DiagnosticCode.switchableNames.sorted()
        for (name, item) in c.stringNodes("off") {
            guard DiagnosticCode.switchableNames.contains(name) else {
                let near = DiagnosticCode.formerNames[name] ?? NearestNames.nearest(to: name, among: switchable, limit: 1).first
                ctx.fail(item, .unknownSwitch(name, suggestion: near))
                continue
            }
            if !off.contains(name) { off.append(name) }
        }
        let numbers = readSettings(c)
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        let known = Set(itemLines.keys).union(memberIDs).union(delegationID.map { [$0] } ?? [])
        let acks = c.list("acknowledge").compactMap { n -> Acknowledgement? in
            guard let a = Fields(n, allowed: ["code", "item", "reason"], context: ctx, name: "acknowledge") else { return nil }
            let code = a.string("code", required: true)
            let item = a.string("item", required: true)
            let reason = a.text("reason", .line, required: true)
            if let code, DiagnosticCode(rawValue: code) == nil {
                let rule = CheckRule(rawValue: code)?.codes.first?.rawValue
                ctx.fail(a.value("code"), .unknownCode(code, suggestion: rule ?? NearestNames.nearest(to: code, among: codes, limit: 1).first))
            }
            if let item, !known.contains(item) {
                ctx.fail(a.value("item"), .unknownItem(item, suggestion: NearestNames.nearest(to: item, among: known.sorted(), limit: 1).first))
            }
            guard let code, let item, let reason else { return nil }
            return Acknowledgement(code: code, item: item, reason: reason)
        }
        return CheckSettings(disabled: off, numbers: numbers, acknowledgements: acks)
    }

    /// `settings:`: each a known threshold with a number in its range; pairs in order.
    private func readSettings(_ c: Fields) -> [Threshold: Double] {
        guard let s = c.value("settings") else { return [:] }
        guard case let .mapping(mapping) = s else {
            ctx.fail(s, .wrongType(key: "settings", expected: "mapping"))
            return [:]
        }
        var numbers: [Threshold: Double] = [:]
        var nodes: [Threshold: Node] = [:]
        let known = Threshold.allCases.map(\.rawValue).sorted()
        for (k, v) in mapping {
            let name = k.scalar?.string ?? ""
            guard let threshold = Threshold.named(name) else {
                ctx.fail(k, .unknownSetting(name, suggestion: NearestNames.nearest(to: name, among: known, limit: 1).first))
                continue
            }
            guard case let .scalar(value) = v, !Fields.isNull(v) else {
                ctx.fail(Fields.isNull(v) ? k : v, .badNumber(v.scalar?.string ?? ""))
                continue
            }
            if let problem = FieldText.problem(in: value.string, shape: .line) {
                ctx.fail(v, .text(key: name, problem))
                continue
            }
            guard let x = Fields.number(value.string) else {
                ctx.fail(v, .badNumber(value.string))
                continue
            }
            if let problem = threshold.problem(with: x) {
                ctx.fail(v, .setting(threshold, written: value.string, problem))
                continue
            }
            numbers[threshold] = x
            nodes[threshold] = v
        }
        for (lower, upper) in [(Threshold.summaryMin, Threshold.summaryMax), (.dayStart, .dayEnd)] {
            let low = numbers[lower] ?? lower.defaultValue
            let high = numbers[upper] ?? upper.defaultValue
            if low >= high {
                ctx.fail(nodes[upper] ?? nodes[lower], .settingsOrder(lower: lower, upper: upper))
                numbers[lower] = nil
                numbers[upper] = nil
            }
        }
        return numbers
    }
}
