import Foundation
import TripChecks
import TripModel
import TripStore

/// Plans written as YAML, read by the real plan reader, for the checks that depend on what a
/// plan file can say (body types, opening days, regions, parts of the day, unknown-mode legs).
enum PlanFiles {
    /// `Tests/TripChecksTests/Plans/NAME`.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Plans").appendingPathComponent(name)
    }

    /// The delegation of a plan file in `Plans/`.
    static func delegation(_ name: String) throws -> Delegation {
        try PlanReader().read(fileAt: url(name)).delegation
    }

    /// The delegation of plan text.
    static func delegation(text: String) throws -> Delegation {
        try PlanReader().read(text: text, fileName: "test.yaml", baseDirectory: FileManager.default.temporaryDirectory).delegation
    }

    /// A one-member plan in Seoul, 2026-05-22 (Friday) to 05-26 (Tuesday; 05-25 is the substitute
    /// holiday for Buddha's Birthday), with flights and a hotel; `places` and `events` are YAML
    /// list items added to the plan.
    static func seoul(places: String = "", events: String, members: String? = nil, legs: String? = nil) -> String {
        """
        tripwright: 1
        id: seoul
        title: 首爾測試
        category: 訪問
        agency: 測試市政府
        home: 臺中市
        start: 2026-05-22
        end: 2026-05-26
        members:
        \(members ?? "- {id: lin, name: 林雅婷, title: 局長, unit: 測試市政府, role: leader}")
        places:
        - {id: hotel, name: 首爾飯店, city: 首爾}
        \(places)
        legs:
        \(legs ?? defaultLegs)
        stays:
        - {id: h, place: hotel, check_in: 2026-05-22, check_out: 2026-05-26}
        events:
        \(events)
        """
    }

    /// JX-style flights out on 05-22 and back on 05-26.
    static let defaultLegs = """
        - {id: out, mode: flight, from: TPE, to: ICN, depart: "2026-05-22 08:10", arrive: "2026-05-22 11:40"}
        - {id: back, mode: flight, from: ICN, to: TPE, depart: "2026-05-26 18:00", arrive: "2026-05-26 19:40"}
        """

    /// The codes a plan raises while it is being planned.
    static func codes(_ d: Delegation) -> [DiagnosticCode] {
        Checker().check(d, today: d.start).diagnostics.map(\.code)
    }

    /// The diagnostics of one code while planning.
    static func diagnostics(_ d: Delegation, _ code: DiagnosticCode) -> [Diagnostic] {
        Checker().check(d, today: d.start).diagnostics.filter { $0.code == code }
    }
}
