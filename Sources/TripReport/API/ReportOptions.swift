import Foundation

/// What to make and where: kind, formats, folders, photo settings.
public struct ReportOptions: Sendable {
    /// Report kind id: trip, council, abstract, review-form (or one from --templates).
    public var kind: String
    /// Formats to write.
    public var formats: [ReportFormat]
    /// Output folder (created when missing).
    public var outFolder: URL
    /// Folder relative photo and clipping paths are read from (the data folder).
    public var photoRoot: URL
    /// Downscaling settings and cache.
    public var photos: PhotoProcessor
    /// Called as the run goes (photos done, file written).
    public var progress: (@Sendable (ReportProgress) -> Void)?

    /// Creates options; all five formats unless told.
    public init(
        kind: String = "trip",
        formats: [ReportFormat] = ReportFormat.allCases,
        outFolder: URL,
        photoRoot: URL,
        photos: PhotoProcessor = PhotoProcessor(),
        progress: (@Sendable (ReportProgress) -> Void)? = nil
    ) {
        self.kind = kind
        self.formats = formats
        self.outFolder = outFolder
        self.photoRoot = photoRoot
        self.photos = photos
        self.progress = progress
    }
}
