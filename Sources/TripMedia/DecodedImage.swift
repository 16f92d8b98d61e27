/// What a photo or clipping image turned out to be once it decoded completely.
public struct DecodedImage: Hashable, Sendable {
    /// Width in pixels, as stored (before any EXIF rotation).
    public var width: Int
    /// Height in pixels, as stored.
    public var height: Int
    /// The format found in the bytes.
    public var format: ImageFormat

    /// Creates a description.
    public init(width: Int, height: Int, format: ImageFormat) {
        self.width = width
        self.height = height
        self.format = format
    }
}
