import Foundation
import TripMedia
import TripModel
import TripReport

/// A logged photo or clipping image, found through the database (never a path from a request)
/// and served as the image type its bytes are; anything else is `notFound`. A downscaled
/// rendition is made once per content and size (`PhotoProcessor`, in the photo cache beside the
/// report's copies) and read from there after; an original libvips cannot read then is served
/// as it is, never an error.
public struct ReadStoredFile: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which file, and which copy of it.
    public enum Input: Sendable, Hashable {
        /// A photo by its database id.
        case photo(trip: String, id: Int64, rendition: ImageRendition = .original)
        /// A press clipping's image by the clipping's id.
        case pressImage(trip: String, id: String, rendition: ImageRendition = .original)
    }

    /// The image.
    public struct Output: Sendable {
        /// Its bytes.
        public var data: Data
        /// Its media type (`image/jpeg`).
        public var mediaType: String
        /// A name that changes whenever the bytes do: the stored file's content-hash name for an
        /// original, the cached copy's name (hash, size, quality) for a rendition; nil for a file
        /// stored under another name (an old plan's path). Quote it for an HTTP ETag.
        public var tag: String?
        /// The first 16 hex digits of the stored original's content hash (its file name in the
        /// data folder), the version a page puts in the image's address; nil as for `tag`.
        public var version: String?
        /// True when `data` is the original (asked for, or the rendition could not be made).
        public var isOriginal: Bool
        /// A file name for saving the original: `photo-12.jpg`, `press-p3.png`.
        public var fileName: String
    }

    /// Reads the file, or its rendition.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let stored: String?
        let missing: String
        let rendition: ImageRendition
        let saveAs: String
        switch input {
        case let .photo(t, id, r):
            missing = "photo"
            rendition = r
            saveAs = "photo-\(id)"
            let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: t))
            stored = d.events.flatMap(\.photos).first(where: { $0.id == id })?.file
        case let .pressImage(t, id, r):
            missing = id
            rendition = r
            saveAs = "press-\(id)"
            let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: t))
            stored = d.press.first(where: { $0.id == id })?.image
        }
        guard let stored else { throw .notFound(missing) }
        let url = context.location.url(ofStored: stored)
        let version = Self.version(ofStored: stored)
        if case let .downscaled(edge) = rendition, let copy = await downscaled(url, edge: edge, label: stored) {
            return Output(
                data: copy.data,
                mediaType: "image/jpeg",
                tag: copy.name,
                version: version,
                isOriginal: false,
                fileName: saveAs + ".jpg"
            )
        }
        let data = try? await blocking { FileManager.default.contents(atPath: url.path) }
        guard let data = data ?? nil, let type = ImageType.sniff(data) else { throw .notFound(missing) }
        return Output(
            data: data,
            mediaType: type.mediaType,
            tag: version.map { _ in url.deletingPathExtension().lastPathComponent },
            version: version,
            isOriginal: true,
            fileName: saveAs + "." + url.pathExtension.lowercased()
        )
    }

    /// The cached copy of `url` with longest edge `edge` and its file name, made now when there
    /// is none; nil when libvips is missing or cannot read the original (the original is served).
    private func downscaled(_ url: URL, edge: Int, label: String) async -> (data: Data, name: String)? {
        let processor = PhotoProcessor(longestEdge: edge, cacheFolder: context.photoCache)
        let made = try? await blocking { () -> (Data, String)? in
            guard Vips.started, let copy = try? processor.prepare(ImageRef(source: url, label: label)).prepared,
                let data = FileManager.default.contents(atPath: copy.path)
            else { return nil }
            return (data, copy.deletingPathExtension().lastPathComponent)
        }
        guard let made = made ?? nil else { return nil }
        return (made.0, made.1)
    }

    /// The content-hash part of a stored file's name (`photos/kyushu-2025/0123456789abcdef.jpg`:
    /// 16 lowercase hex digits, as `FileVault` names files), the version a page puts in an
    /// image's address; nil for a file stored under another name.
    public static func version(ofStored path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? name
        guard stem.utf8.count == 16, stem.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        return stem
    }
}
