import Foundation
import TripApp
import TripModel

/// A data folder of its own (removed afterwards) and a context over it, acting for the command
/// line unless told otherwise.
struct AppHarness {
    let folder: URL
    let context: AppContext

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let kyushu = repo.appendingPathComponent("seeds/kyushu-2025.yaml")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripapp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        context = AppContext(
            location: DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path),
            now: { Date(timeIntervalSince1970: 1_756_690_200) },
            photoCache: folder.appendingPathComponent("cache")
        )
    }

    /// The harness with the Kyushu seed imported.
    static func seeded() async throws -> AppHarness {
        let h = try AppHarness()
        try await ImportPlan(h.context).run(ImportPlan.Input(.file(kyushu, displayName: "kyushu-2025.yaml")))
        return h
    }

    /// Removes the folder.
    func remove() { try? FileManager.default.removeItem(at: folder) }
}
