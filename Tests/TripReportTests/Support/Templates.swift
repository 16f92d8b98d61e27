import Foundation

@testable import TripReport

/// The repository's Templates/ folder, read straight from the source tree.
enum RepoTemplates {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").resolvingSymlinksInPath()

    static func load() throws -> TemplateSet { try TemplateSet(folder: folder) }
}
