import Foundation

/// A picture in a document: where its original is and, once prepared, the downscaled copy.
public struct ImageRef: Hashable, Sendable {
    /// The original file, never changed.
    public var source: URL
    /// The downscaled JPEG written by `PhotoProcessor`, when prepared.
    public var prepared: URL?
    /// Pixel width of the prepared image.
    public var width: Int
    /// Pixel height of the prepared image.
    public var height: Int
    /// How the user knows the file (the path the plan or the data folder gives it), for prompts
    /// and warnings: never a server's absolute path.
    public var label: String

    /// Creates a reference to an original not yet prepared; `label` defaults to its file name.
    public init(source: URL, label: String? = nil) {
        self.source = source
        self.label = label ?? source.lastPathComponent
        self.prepared = nil
        self.width = 0
        self.height = 0
    }

    /// Height over width (3:4 when unknown).
    public var aspect: Double { width > 0 && height > 0 ? Double(height) / Double(width) : 0.75 }

    /// File name of the prepared copy inside a report's image folder.
    public var fileName: String { prepared?.lastPathComponent ?? source.lastPathComponent }
}
