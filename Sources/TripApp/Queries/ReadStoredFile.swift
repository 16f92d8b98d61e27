import Foundation
import TripModel

/// A logged photo or clipping image, found through the database (never a path from a request)
/// and served as the image type its bytes are; anything else is `notFound`.
public struct ReadStoredFile: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Which file.
    public enum Input: Sendable, Hashable {
        /// A photo by its database id.
        case photo(trip: String, id: Int64)
        /// A press clipping's image by the clipping's id.
        case pressImage(trip: String, id: String)
    }

    /// The image.
    public struct Output: Sendable {
        /// Its bytes.
        public var data: Data
        /// Its media type (`image/jpeg`).
        public var mediaType: String
    }

    /// Reads the file.
    public func run(_ input: Input) async throws(AppError) -> Output {
        let stored: String?
        let missing: String
        switch input {
        case let .photo(t, id):
            missing = "photo"
            let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: t))
            stored = d.events.flatMap(\.photos).first(where: { $0.id == id })?.file
        case let .pressImage(t, id):
            missing = id
            let d = try await ReadDelegation(context).run(ReadDelegation.Input(trip: t))
            stored = d.press.first(where: { $0.id == id })?.image
        }
        guard let stored else { throw .notFound(missing) }
        let url = context.location.url(ofStored: stored)
        let data = try? await blocking { FileManager.default.contents(atPath: url.path) }
        guard let data = data ?? nil, let type = ImageType.sniff(data) else { throw .notFound(missing) }
        return Output(data: data, mediaType: type.mediaType)
    }
}
