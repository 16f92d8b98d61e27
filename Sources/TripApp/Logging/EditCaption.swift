import TripModel
import TripStore

/// Sets a photo's caption when it is still the one the editor saw; otherwise nothing is saved
/// and `captionConflict` carries both texts.
public struct EditCaption: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The edit.
    public struct Input: Sendable {
        /// The event the photo is on.
        public var target: EventTarget
        /// The photo's id.
        public var photo: Int64
        /// The caption's revision the editor saw (`EditRevision.of(caption:)`).
        public var revision: String
        /// The new caption (read as a plan photo's `caption`; blank removes it).
        public var caption: String?

        /// An edit of a caption.
        public init(_ target: EventTarget, photo: Int64, revision: String, caption: String?) {
            self.target = target
            self.photo = photo
            self.revision = revision
            self.caption = caption
        }
    }

    /// Saves the caption.
    public func run(_ input: Input) async throws(AppError) {
        do {
            let (database, d, e) = try await context.logTarget(input.target)
            let caption = try context.caption(input.caption, zone: e.start.zone, in: d)
            try await database.captionPhoto(
                id: input.photo,
                delegation: d.id,
                event: e.id,
                revision: input.revision,
                caption: caption,
                actor: context.actor
            )
            context.cache?.invalidate()
        } catch let conflict as EditConflict<String> {
            throw .captionConflict(photo: input.photo, conflict: conflict)
        } catch {
            throw AppError(error)
        }
    }
}
