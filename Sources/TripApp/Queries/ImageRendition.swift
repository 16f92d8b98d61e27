/// Which copy of a stored photo or clipping image to read: the original bytes, or a JPEG whose
/// longest edge is at most some pixels (EXIF orientation applied, metadata stripped), made by
/// the report's `PhotoProcessor` and cached on disk by content hash and size.
public enum ImageRendition: Sendable, Hashable {
    /// The file as it was logged, byte for byte.
    case original
    /// A downscaled JPEG, longest edge at most this many pixels (never enlarged).
    case downscaled(longestEdge: Int)

    /// For a photo shown on its own, and the default for phones: longest edge 1600 px (the
    /// report's size, so the two share their cached copies).
    public static let view = ImageRendition.downscaled(longestEdge: 1600)
    /// For photos in a list or grid: longest edge 640 px.
    public static let thumbnail = ImageRendition.downscaled(longestEdge: 640)
}
