import Foundation
import TripMedia

/// Image types the web takes as uploads and serves, recognised by their first bytes, never by
/// the file name.
enum ImageType: String, Sendable {
    case jpeg = "jpg"
    case png, heic, webp

    /// The type of some bytes, or nil when they are not an accepted image.
    static func sniff(_ data: Data) -> ImageType? {
        let b = [UInt8](data.prefix(16))
        if b.count >= 3, b[0] == 0xFF, b[1] == 0xD8, b[2] == 0xFF { return .jpeg }
        if b.count >= 8, b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        if b.count >= 12, b[0..<4] == [0x52, 0x49, 0x46, 0x46], b[8..<12] == [0x57, 0x45, 0x42, 0x50] { return .webp }
        if b.count >= 12, b[4..<8] == [0x66, 0x74, 0x79, 0x70] {
            let brand = String(decoding: b[8..<12], as: UTF8.self)
            if ["heic", "heix", "mif1", "msf1", "heis", "hevc"].contains(brand) { return .heic }
        }
        return nil
    }

    /// What the web takes as an upload: what phones send and browsers show (TIFF, which the
    /// command line takes from scanners, is not one). Uploads must also decode (`MediaCheck`).
    static let uploadable: Set<ImageFormat> = [.jpeg, .png, .heif, .webp]

    /// The content type to serve it with.
    var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .heic: "image/heic"
        case .webp: "image/webp"
        }
    }
}
