import Foundation
import TripModel

/// What a report run wrote and what is still to do.
public struct ReportResult: Sendable {
    /// Files written, in order.
    public var files: [URL]
    /// Writing prompts left in the draft (each starts with 【待填】).
    public var prompts: [String]
    /// Things the user should know (a photo that could not be read, a summary outside 200–300
    /// characters, a character no font has a glyph for), in both languages.
    public var warnings: [LocalizedText]

    /// Creates a result.
    public init(files: [URL] = [], prompts: [String] = [], warnings: [LocalizedText] = []) {
        self.files = files
        self.prompts = prompts
        self.warnings = warnings
    }
}
