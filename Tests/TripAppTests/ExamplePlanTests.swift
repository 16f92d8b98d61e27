import Foundation
import Testing
import TripApp

@Suite struct ExamplePlanTests {
    @Test("the Kyushu example is bundled with the binary and is the same file as seeds/kyushu-2025.yaml")
    func bundledExampleIsTheSeed() throws {
        let bundled = try #require(ExamplePlan.kyushu)
        let data = try Data(contentsOf: bundled)
        #expect(data == (try Data(contentsOf: AppHarness.kyushu)), "copy seeds/kyushu-2025.yaml to Sources/TripApp/Examples/")
    }

    @Test("the bundled example imports as the Kyushu delegation")
    func bundledExampleImports() async throws {
        let h = try AppHarness()
        defer { h.remove() }
        let bundled = try #require(ExamplePlan.kyushu)
        let summary = try await ImportPlan(h.context).run(ImportPlan.Input(.file(bundled, displayName: bundled.lastPathComponent)))
        #expect(summary.delegationID == "kyushu-2025")
    }
}
