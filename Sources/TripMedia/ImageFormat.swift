/// The image formats a photo or clipping may be in: what phones and scanners write and what the
/// report's downscaler reads. Found from the bytes, never from a file name.
public enum ImageFormat: String, Hashable, Sendable, CaseIterable {
    case jpeg, png, heif, webp, tiff

    /// The libvips loader's name without its `_buffer` suffix (`jpegload`).
    init?(loader: String) {
        switch loader {
        case "jpegload": self = .jpeg
        case "pngload": self = .png
        case "heifload": self = .heif
        case "webpload": self = .webp
        case "tiffload": self = .tiff
        default: return nil
        }
    }

    /// The extension a stored copy gets.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .heif: "heic"
        case .webp: "webp"
        case .tiff: "tif"
        }
    }

    /// The content type to serve it with.
    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .heif: "image/heic"
        case .webp: "image/webp"
        case .tiff: "image/tiff"
        }
    }

    /// The names users know, for messages.
    public static let names = "JPEG、PNG、HEIC、WebP、TIFF"
}
