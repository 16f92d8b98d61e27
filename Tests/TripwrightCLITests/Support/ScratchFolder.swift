import Foundation

/// A folder of a test's own in the temporary folder (databases, plans, a sandboxed HOME),
/// removed with everything in it when the test is done with it.
final class ScratchFolder: Sendable {
    /// The folder.
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tw-cli-\(UUID().uuidString)")

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A new database file's path in the folder (created by the command that uses it).
    func database() -> String {
        url.appendingPathComponent("db-\(UUID().uuidString).sqlite").path
    }
}
