import Foundation

/// A photo file already in the data folder, ready to be logged.
public struct PhotoUpload: Hashable, Sendable {
    /// The stored file.
    public var file: StoredFile
    /// When it was taken, when known.
    public var takenAt: Date?

    /// Creates the description.
    public init(file: StoredFile, takenAt: Date?) {
        self.file = file
        self.takenAt = takenAt
    }
}
