import Testing

@testable import TripReport

@Suite struct NumberingTests {
    @Test func levelsUseFormalPlainAndBracketedNumerals() {
        var n = Numbering()
        #expect(n.next(level: 1) == "壹、")
        #expect(n.next(level: 2) == "一、")
        #expect(n.next(level: 3) == "(一)")
        #expect(n.next(level: 3) == "(二)")
        #expect(n.next(level: 4) == "1.")
    }

    @Test func deeperCountersRestartUnderANewParent() {
        var n = Numbering()
        _ = n.next(level: 1)
        for _ in 0..<14 { _ = n.next(level: 2) }
        #expect(n.next(level: 2) == "十五、")
        #expect(n.next(level: 1) == "貳、")
        #expect(n.next(level: 2) == "一、")
    }
}
