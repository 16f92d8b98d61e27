import Foundation

/// A note as the web app edits it: its revision, and the texts it replaced.
public struct StoredNote: Hashable, Sendable {
    /// Database id.
    public var id: Int64
    /// Current text.
    public var text: String
    /// Who wrote it.
    public var author: String?
    /// When it was first written.
    public var createdAt: Date?
    /// When it was last edited.
    public var updatedAt: Date?
    /// Revision, from 1; each edit adds one.
    public var revision: Int
    /// Earlier texts, oldest first.
    public var previous: [String]
}
