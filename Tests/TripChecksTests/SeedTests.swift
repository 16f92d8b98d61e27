import Testing
import TripChecks
import TripModel

@Suite("The Kyushu seed (000)")
struct SeedTests {
    @Test("the Kyushu itinerary, dates only with three bus transfers, raises nothing while planning")
    func kyushuIsClean() {
        let result = Checker().check(KyushuSeed.delegation(), today: day("2025-08-01"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test("after return the Kyushu plan raises only what its report really lacks")
    func kyushuAfterReturn() {
        var d = KyushuSeed.delegation()
        d.status = .filed
        let result = Checker().check(d, today: day("2025-11-04"))
        let codes = Set(result.diagnostics.map(\.code))
        // The plan carries no notes or report text; 柳橋聯合市場 / 柳橋連合市場 is the seed's own slip.
        #expect(codes == [.nameVariants, .sectionEmpty, .visitWithoutNotes])
        #expect(
            result.diagnostics.filter { $0.code == .nameVariants }.count == 1,
            "\(result.diagnostics.filter { $0.code == .nameVariants }.map(\.message.zh))"
        )
    }
}
