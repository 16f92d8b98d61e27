import Foundation
import Testing
import TripChecks
import TripModel

@Suite("docs/check-schema.json")
struct SchemaTests {
    static var schema: [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/check-schema.json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    @Test("the schema lists exactly the diagnostic codes the checks can raise")
    func codesMatch() {
        let defs = Self.schema["$defs"] as? [String: Any]
        let diagnostic = defs?["diagnostic"] as? [String: Any]
        let code = (diagnostic?["properties"] as? [String: Any])?["code"] as? [String: Any]
        #expect(Set(code?["enum"] as? [String] ?? []) == Set(DiagnosticCode.allCases.map(\.rawValue)))
    }

    @Test("every key of the JSON output is one the schema names, and the required ones are there")
    func keysMatch() throws {
        let result = try PlantedProblemsTests.planted().check(today: "2025-10-01")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any] ?? [:]
        let properties = Self.schema["properties"] as? [String: Any] ?? [:]
        #expect(Set(object.keys).isSubset(of: Set(properties.keys)))
        #expect(Set(Self.schema["required"] as? [String] ?? []).isSubset(of: Set(object.keys)))
        let defs = Self.schema["$defs"] as? [String: Any]
        let diagnostic = (defs?["diagnostic"] as? [String: Any])?["properties"] as? [String: Any] ?? [:]
        for d in object["diagnostics"] as? [[String: Any]] ?? [] {
            #expect(Set(d.keys).isSubset(of: Set(diagnostic.keys)))
        }
    }
}
