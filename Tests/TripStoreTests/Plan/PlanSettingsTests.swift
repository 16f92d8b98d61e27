import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("checks: settings, rule codes and acknowledgements are validated where they are written")
struct PlanSettingsTests {
    func settingErrors(_ name: String, _ value: String) -> [PlanError] {
        readErrors(minimalPlan(extra: "checks:\n  settings:\n    \(name): \(value)"))
    }

    @Test("0, a negative number, 1e300, nan, inf and .inf are refused for every threshold, at the value")
    func everyThresholdEveryBadValue() throws {
        for t in Threshold.allCases {
            for value in ["0", "-1", "1e300", "nan", "inf", ".inf", "-.inf", "1e400"] {
                let x = Fields.number(value) ?? .nan
                guard t.problem(with: x) != nil else { continue }  // 0 is a valid buffer
                let errors = settingErrors(t.rawValue, value)
                let e = try #require(errors.first, "\(t.rawValue): \(value)")
                guard case .setting(t, written: value, _) = e.problem else {
                    Issue.record("\(t.rawValue) \(value): \(e.problem)")
                    continue
                }
                #expect(e.line == 20 && e.column == t.rawValue.count + 7, "\(t.rawValue)")
                #expect(e.text(.zh).contains(t.unit.name.zh), "\(t.rawValue)")
            }
        }
    }

    @Test("the issue's examples: speed.bus 0 gives the range and the nearest valid value")
    func speedBusZero() throws {
        let e = try #require(settingErrors("speed.bus", "0").first)
        #expect(e.problem == .setting(.speedBus, written: "0", .outOfRange(nearest: 5)))
        #expect(e.text(.en).contains("5 to 150 km/h"))
    }

    @Test("a value that is not a number, or missing, is refused")
    func notNumbers() {
        #expect(settingErrors("speed.bus", "fast").map(\.problem) == [.badNumber("fast")])
        #expect(settingErrors("speed.bus", "").map(\.problem) == [.badNumber("")])
        #expect(settingErrors("speed.bus", "[50]").map(\.problem) == [.badNumber("")])
    }

    @Test("summary.min above summary.max, and day.start after day.end, are refused")
    func order() {
        #expect(settingErrors("summary.min", "400").map(\.problem) == [.settingsOrder(lower: .summaryMin, upper: .summaryMax)])
        #expect(settingErrors("day.end", "7").map(\.problem) == [.settingsOrder(lower: .dayStart, upper: .dayEnd)])
    }

    @Test("a misspelt rule code in off is refused with the code it is nearest")
    func offTypo() throws {
        let errors = readErrors(minimalPlan(extra: "checks:\n  off: [overlapp, lodging]"))
        #expect(errors.map(\.problem) == [.unknownSwitch("overlapp", suggestion: "overlap")])
        #expect(errors.first?.column == 9)
    }

    @Test("the former rule name closed-days is refused with closed-day as the fix")
    func formerRuleName() {
        #expect(
            readErrors(minimalPlan(extra: "checks:\n  off: [closed-days]")).map(\.problem) == [
                .unknownSwitch("closed-days", suggestion: "closed-day")
            ]
        )
    }

    @Test("a misspelt acknowledge code is refused with a suggestion; a rule name suggests its code")
    func acknowledgeCode() {
        let typo = minimalPlan(extra: "checks:\n  acknowledge:\n  - {code: closed-dayy, item: visit, reason: 照常開放}")
        #expect(readErrors(typo).map(\.problem) == [.unknownCode("closed-dayy", suggestion: "closed-day")])
        let rule = minimalPlan(extra: "checks:\n  acknowledge:\n  - {code: lodging, item: visit, reason: 自行安排}")
        #expect(readErrors(rule).map(\.problem) == [.unknownCode("lodging", suggestion: "lodging-missing")])
    }

    @Test("an acknowledgement may name an item, a member or the delegation itself")
    func acknowledgeTargets() {
        for item in ["visit", "chang", "mini"] {
            let text = minimalPlan(extra: "checks:\n  acknowledge:\n  - {code: member-absent, item: \(item), reason: 理由}")
            #expect(readErrors(text).isEmpty, "\(item)")
        }
        let wrong = minimalPlan(extra: "checks:\n  acknowledge:\n  - {code: member-absent, item: vist, reason: 理由}")
        #expect(readErrors(wrong).map(\.problem) == [.unknownItem("vist", suggestion: "visit")])
    }

    @Test("coded values are refused with the nearest valid spelling")
    func codedValues() throws {
        let e = try #require(readErrors(minimalPlan().replacingOccurrences(of: "kind: 參訪", with: "kind: visitt")).first)
        guard case .badValue(key: "kind", value: "visitt", _) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect(e.text(.en).contains("Did you mean 'visit'?"))
    }
}
