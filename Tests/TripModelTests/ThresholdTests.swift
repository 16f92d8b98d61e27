import Testing
import TripModel

@Suite("Check thresholds: one unit, default and range each")
struct ThresholdTests {
    @Test("every default lies in its own range")
    func defaultsInRange() {
        for t in Threshold.allCases {
            #expect(t.range.contains(t.defaultValue), "\(t.rawValue)")
            #expect(t.problem(with: t.defaultValue) == nil, "\(t.rawValue)")
        }
    }

    @Test("no speed, detour or duration range reaches zero, so no rule divides by it")
    func noZeroDivisors() {
        let divisors: [Threshold] = [.speedWalk, .speedCar, .speedBus, .speedRail, .speedShip, .speedFlight, .detourCity, .detourCountry]
        for t in divisors { #expect(t.range.lowerBound > 0, "\(t.rawValue)") }
    }

    @Test("zero, a negative number, 1e300, nan and inf are refused with the nearest valid value where there is one")
    func refusals() {
        #expect(Threshold.speedBus.problem(with: 0) == .outOfRange(nearest: 5))
        #expect(Threshold.speedBus.problem(with: -50) == .outOfRange(nearest: 5))
        #expect(Threshold.summaryMin.problem(with: 1e300) == .outOfRange(nearest: 5000))
        #expect(Threshold.dayStart.problem(with: .nan) == .notFinite)
        #expect(Threshold.reportWarnDays.problem(with: .infinity) == .notFinite)
        #expect(Threshold.reportDueMonths.problem(with: 2.5) == .notWhole(nearest: 3))
    }

    @Test("a stored value out of range or not a number is clamped when the checks read it")
    func clamped() {
        var s = CheckSettings()
        s.numbers = [.speedBus: 0, .dayStart: 1e300, .summaryMin: .nan, .reportWarnDays: -.infinity, .bufferFlightBefore: 45]
        #expect(s.number(.speedBus) == 5)
        #expect(s.number(.dayStart) == 23)
        #expect(s.number(.summaryMin) == 200)
        #expect(s.number(.reportWarnDays) == 14)
        #expect(s.number(.bufferFlightBefore) == 45)
        #expect(s.number(.speedRail) == 120)
    }

    @Test("the refusal gives the range with its unit in both languages")
    func message() {
        let m = ThresholdProblem.outOfRange(nearest: 5).message(.speedBus, written: "0")
        #expect(m.zh.contains("5 到 150 公里／小時"))
        #expect(m.zh.contains("最接近的是 5"))
        #expect(m.en.contains("5 to 150 km/h"))
    }
}
