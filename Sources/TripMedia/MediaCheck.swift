import CVips
import Foundation

/// The one check every photo and clipping image passes before it is accepted, on every way in
/// (web upload, `log photo`, `log press --image`, files a plan names): the bytes must be an
/// accepted format and decode completely with libvips. Checking only the first bytes once let a
/// 3-byte "JPEG" in, and every report failed from then on.
public enum MediaCheck {
    /// More pixels than this is refused before decoding (a 200-megapixel phone mode passes; a
    /// decompression bomb does not).
    public static let maximumPixels = 250_000_000

    /// Largest file read for checking; the data folder takes nothing larger either.
    public static let maximumBytes = 50 * 1024 * 1024

    /// Decodes `data` completely; `name` is how the user knows the file (for the message).
    /// `accepting` narrows the formats (the web serves only what browsers show or phones send).
    public static func decode(
        _ data: Data,
        name: String,
        accepting formats: Set<ImageFormat> = Set(ImageFormat.allCases)
    ) throws(MediaProblem) -> DecodedImage {
        guard Vips.started else { throw MediaProblem(name: name, reason: .decoderUnavailable) }
        var width: Int32 = 0
        var height: Int32 = 0
        var loader = [CChar](repeating: 0, count: 32)
        let rc = data.withUnsafeBytes { raw in
            tw_vips_decode_check(raw.baseAddress, raw.count, Double(maximumPixels), &width, &height, &loader, loader.count)
        }
        tw_vips_error_clear()
        let loaderName = String(decoding: loader.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        switch rc {
        case 0:
            guard let format = ImageFormat(loader: loaderName), formats.contains(format) else {
                throw MediaProblem(name: name, reason: .notAnImage)
            }
            return DecodedImage(width: Int(width), height: Int(height), format: format)
        case 1:
            throw MediaProblem(name: name, reason: .notAnImage)
        case 4:
            throw MediaProblem(name: name, reason: .tooManyPixels(width: Int(width), height: Int(height)))
        default:
            throw MediaProblem(name: name, reason: .damaged)
        }
    }

    /// Reads and decodes the file at `url` completely; `name` is how the user knows it.
    public static func decode(
        fileAt url: URL,
        name: String,
        accepting formats: Set<ImageFormat> = Set(ImageFormat.allCases)
    ) throws(MediaProblem) -> DecodedImage {
        try decode(try read(url, name: name), name: name, accepting: formats)
    }

    /// The bytes of a file, refusing folders, unreadable files and files over the size limit.
    public static func read(_ url: URL, name: String) throws(MediaProblem) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = try? FileHandle(forReadingFrom: url)
        else {
            throw MediaProblem(name: name, reason: .unreadable)
        }
        defer { try? handle.close() }
        // One byte past the limit says "too large" without reading a huge file whole.
        guard let data = try? handle.read(upToCount: maximumBytes + 1) else { return Data() }
        guard data.count <= maximumBytes else { throw MediaProblem(name: name, reason: .tooLarge(bytes: data.count)) }
        return data
    }
}
