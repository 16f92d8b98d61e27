// swift-format-ignore-file: AmbiguousTrailingClosureOverload

import Foundation
import TripModel

@testable import TripStore

/// The repository's top folder, for seeds and fixtures.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A fixture file of this test target.
func fixture(_ name: String) -> URL {
    repositoryRoot.appendingPathComponent("Tests/TripStoreTests/Fixtures").appendingPathComponent(name)
}

/// A seed plan.
func seed(_ name: String) -> URL { repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(name) }

/// A fresh folder removed when `body` returns. (Its async twin below has the same name on purpose:
/// a test calls whichever its body needs.)
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// A fresh folder removed when the async `body` returns.
func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}

/// A small valid plan; `extra` is appended at the top level, `eventExtra` inside the event.
func minimalPlan(extra: String = "", eventExtra: String = "", members: String? = nil) -> String {
    """
    tripwright: 1
    id: mini
    title: 測試
    category: 考察
    agency: 測試局
    home: 臺中市
    start: 2025-09-01
    end: 2025-09-03
    members:
    \(members ?? "- {id: chang, unit: 測試局, title: 局長, name: 張三, role: leader}")
    events:
    - id: visit
      kind: 參訪
      title: 參訪市場
      date: 2025-09-02
      place: 福岡
    \(eventExtra)
    \(extra)
    """
}

/// Reads plan text, returning the errors (empty when it reads).
func planErrors(_ text: String) -> [PlanError] {
    do {
        _ = try PlanReader().read(text: text, fileName: "plan.yaml", baseDirectory: FileManager.default.temporaryDirectory)
        return []
    } catch {
        return error.errors
    }
}

/// Reads plan text that must be valid.
func readPlan(_ text: String) throws -> Delegation {
    try PlanReader().read(text: text, fileName: "plan.yaml", baseDirectory: fixture("")).delegation
}

/// The delegation with database ids and stored paths taken out, for comparing with a plan.
func comparable(_ d: Delegation) -> Delegation {
    var d = d
    for i in d.events.indices {
        d.events[i].notes = d.events[i].notes.map {
            var n = $0
            n.id = nil
            return n
        }
        d.events[i].photos = d.events[i].photos.map {
            var p = $0
            p.id = nil
            p.file = p.file.map { ($0 as NSString).lastPathComponent.contains(".") ? "file" : $0 }
            return p
        }
    }
    return d
}
