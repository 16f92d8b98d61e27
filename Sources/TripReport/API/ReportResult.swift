import Foundation

/// What a report run wrote and what is still to do.
public struct ReportResult: Sendable {
    /// Files written, in order.
    public var files: [URL]
    /// Writing prompts left in the draft (each starts with 【待填】).
    public var prompts: [String]
    /// Things the user should know (e.g. a summary outside 200–300 characters).
    public var warnings: [String]

    /// Creates a result.
    public init(files: [URL] = [], prompts: [String] = [], warnings: [String] = []) {
        self.files = files
        self.prompts = prompts
        self.warnings = warnings
    }
}
