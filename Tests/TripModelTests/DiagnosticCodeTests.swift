import Testing
import TripModel

@Suite("Rule codes and rule names")
struct DiagnosticCodeTests {
    @Test("every rule has codes, and every code belongs to one rule")
    func rulesHaveCodes() {
        for rule in CheckRule.allCases { #expect(!rule.codes.isEmpty, "\(rule.rawValue)") }
        #expect(Set(CheckRule.allCases.flatMap(\.codes)) == Set(DiagnosticCode.allCases))
    }

    @Test("no rule name is one letter away from a code it is not, so a typo cannot pass for a name")
    func namesApart() {
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        for rule in CheckRule.allCases where !codes.contains(rule.rawValue) {
            for code in codes {
                #expect(NearestNames.distance(Array(rule.rawValue), Array(code), cap: 3) > 1, "\(rule.rawValue) / \(code)")
            }
        }
    }

    @Test("the former rule name closed-days is read as closed-day")
    func formerName() {
        #expect(DiagnosticCode.formerNames["closed-days"] == "closed-day")
        #expect(!DiagnosticCode.switchableNames.contains("closed-days"))
        #expect(DiagnosticCode.closedDay.isOff(in: ["closed-day"]))
    }
}
