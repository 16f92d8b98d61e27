import Hummingbird
import TripApp
import TripModel

/// What an image address asks for: `?size=thumb` (a list's small copy), nothing (the photo
/// view's copy, longest edge 1600 px) or `?original=1` (the file as logged, to download), and
/// `v=`, the stored file's content-hash name the page linked (its copies never change, so they
/// may be cached for good). Every image route reads its address here; anything else is a 400
/// page saying what the address may hold.
struct ImageRequest: Hashable, Sendable {
    /// The copy asked for.
    let rendition: ImageRendition
    /// The version the address names, when it names one.
    let version: String?

    /// True when the original was asked for.
    var wantsOriginal: Bool { rendition == .original }

    /// The request's `size`, `original` and `v` parameters; nil (refused with `refusal`) for any
    /// other value, or for `size` and `original` together.
    init?(size: String?, original: String?, version: String?) {
        switch (size, original) {
        case (nil, nil): rendition = .view
        case ("thumb", nil): rendition = .thumbnail
        case (nil, "1"): rendition = .original
        default: return nil
        }
        if let version {
            guard (1...64).contains(version.utf8.count), version.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
            else { return nil }
        }
        self.version = version
    }

    /// The parameters of a request.
    static func of(_ request: Request) throws -> ImageRequest {
        let q = request.uri.queryParameters
        guard let read = ImageRequest(size: q["size"].map(String.init), original: q["original"].map(String.init), version: q["v"].map(String.init))
        else { throw WebError(status: .badRequest, message: refusal) }
        return read
    }

    /// What a refused address is told, with the fix.
    static let refusal = LocalizedText(
        zh: "圖片網址只能帶 size=thumb（縮圖）或 original=1（原始檔），以及頁面給的 v；請回到上一頁重新點選圖片。",
        en:
            "An image address may carry only size=thumb (thumbnail) or original=1 (original file), and the v the page gave; go back and choose the image again."
    )

    /// The addresses of a stored image at `path` (`/d/T/photo/12`) whose stored file has
    /// `version` (nil: none known, the copies are revalidated each time).
    struct Links {
        /// The small copy for a list or grid.
        let thumbnail: String
        /// The photo view's copy.
        let view: String
        /// The original, as a download.
        let original: String

        init(_ path: String, version: String?) {
            let v = version.map { "v=\($0)" }
            thumbnail = path + "?" + (["size=thumb"] + [v].compactMap { $0 }).joined(separator: "&")
            view = path + (v.map { "?" + $0 } ?? "")
            original = path + "?" + (["original=1"] + [v].compactMap { $0 }).joined(separator: "&")
        }
    }
}
