import Foundation
import TripMedia
import TripModel
import TripStore

/// Adds a press clipping, or changes the fields given of a stored one (`id`). The values are
/// read as a plan's `press:` entry (a stored clipping's values stand in for the fields not
/// given, so an edit is judged whole); its image is checked and stored with it, and a new
/// clipping's id is allocated inside the transaction that stores it.
public struct LogPress: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The fields of a clipping, as typed: nil is not given; empty clears an optional field.
    public struct Fields: Sendable, Hashable {
        /// Publication date, `YYYY-MM-DD`.
        public var date: String?
        /// The outlet (工商時報).
        public var outlet: String?
        /// The headline.
        public var headline: String?
        /// A link (http or https).
        public var url: String?
        /// A language tag (zh-Hant, ja).
        public var language: String?
        /// A remark shown beside it.
        public var remark: String?
        /// The id of the event it reports.
        public var event: String?

        /// Fields as given.
        public init(
            date: String? = nil,
            outlet: String? = nil,
            headline: String? = nil,
            url: String? = nil,
            language: String? = nil,
            remark: String? = nil,
            event: String? = nil
        ) {
            self.date = date
            self.outlet = outlet
            self.headline = headline
            self.url = url
            self.language = language
            self.remark = remark
            self.event = event
        }

        /// The value of a plan key.
        func value(_ key: String) -> String? {
            switch key {
            case "date": date
            case "outlet": outlet
            case "headline": headline
            case "url": url
            case "language": language
            case "remark": remark
            case "event": event
            default: nil
            }
        }

        /// The plan keys of the fields, in the order a plan writes them.
        static let keys = ["date", "outlet", "headline", "url", "language", "remark", "event"]
    }

    /// The clipping's image.
    public enum Image: Sendable {
        /// A file on this machine (the command line's `--image`), read as a plan's `image`.
        case file(String)
        /// Uploaded bytes (the web), decoded completely before anything is stored.
        case upload(LogPhotos.Upload)
        /// Remove the stored image.
        case remove
    }

    /// The clipping to add or change.
    public struct Input: Sendable {
        /// The delegation (with `prefix`, a unique prefix of its id).
        public var trip: ReadDelegation.Input
        /// A stored clipping's id to change; nil (or an id not stored yet, with a date and an
        /// outlet) adds one.
        public var id: String?
        /// The fields given.
        public var fields: Fields
        /// Its image, if one is given.
        public var image: Image?
        /// The revision of the stored clipping the form showed (`ReadPressEdit`); nil: whatever is stored.
        public var revision: String?
        /// True when `id` must name a stored clipping (a clipping's edit form): an id not stored
        /// is `noSuchPress` instead of a new clipping under that id.
        public var storedOnly: Bool

        /// A clipping.
        public init(
            trip: ReadDelegation.Input,
            id: String? = nil,
            fields: Fields,
            image: Image? = nil,
            revision: String? = nil,
            storedOnly: Bool = false
        ) {
            self.revision = revision
            self.storedOnly = storedOnly
            self.trip = trip
            self.id = id
            self.fields = fields
            self.image = image
        }
    }

    /// The clipping as stored.
    public struct Output: Sendable {
        /// Its id.
        public var id: String
        /// True when it was added (false: changed).
        public var added: Bool
        /// Its outlet.
        public var outlet: String
    }

    /// Adds or changes the clipping.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Output {
        try await attempt {
            let database = try context.database(.existing)
            let d = try await context.delegation(input.trip.trip, in: database, prefix: input.trip.prefix)
            try Access.requireLog(context.requester, on: d)
            let fields = input.fields
            let existing = input.id.flatMap { wanted in d.press.first { $0.id == wanted } }
            if existing == nil && (fields.date == nil || fields.outlet == nil || input.storedOnly) {
                // Without a date and an outlet this can only be an edit: of which clipping?
                if let id = input.id {
                    throw StoreError.noSuchPress(id, delegation: d.id, suggestions: NearestNames.nearest(to: id, among: d.press.map(\.id)))
                }
                throw AppError.pressIncomplete(delegation: d.id)
            }
            var values = [PlanValue("id", input.id ?? "press-new")]
            for key in Fields.keys {
                if let value = fields.value(key) {
                    values.append(PlanValue(key, value))
                } else if let stored = existing.flatMap({ LogPress.storedValue(key, of: $0) }) {
                    values.append(PlanValue(key, stored))
                }
            }
            if case let .file(path) = input.image, !path.isEmpty { values.append(PlanValue("image", path)) }
            let base = context.requester == .commandLine ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath) : context.location.files
            let (context, read) = (context, values)
            let item = try await blocking { try context.reader.readPressItem(read, in: d, baseDirectory: base) }
            // Only what was given changes; an empty value clears an optional field.
            func change(_ key: String, _ value: String?) -> String?? {
                guard let raw = fields.value(key) else { return nil }
                return .some(raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : value)
            }
            var edit = PressChange(
                date: fields.date == nil ? nil : item.date,
                outlet: fields.outlet == nil ? nil : item.outlet,
                headline: change("headline", item.headline),
                url: change("url", item.url),
                language: change("language", item.language),
                remark: change("remark", item.remark),
                eventID: change("event", item.eventID)
            )
            if existing != nil && edit.isEmpty && input.image == nil { throw AppError.nothingToChange }
            let vault = FileVault(root: context.location.files)
            let folder = "press/\(d.id)"
            var images: [(source: FileVault.Source, folder: String)] = []
            switch input.image {
            case let .file(path)? where !path.isEmpty:
                images = [(.file(URL(fileURLWithPath: path)), folder)]
            case let .upload(upload)?:
                let format = try await blocking {
                    try MediaCheck.decode(upload.data, name: upload.fileName, accepting: ImageType.uploadable).format
                }
                images = [(.data(upload.data, fileExtension: format.fileExtension), folder)]
            case .file?, .remove?:
                edit.image = .some(nil)
            case nil:
                break
            }
            if context.requester == .commandLine {
                // What a killed or failed earlier run left in this delegation's folder goes first.
                _ = try? await blocking { database.sweepFiles(vault: vault, folders: [folder]) }
            }
            let (trip, id, pending, actor, revision) = (d.id, input.id, edit, context.actor, input.revision)
            let saved = try await database.storingFiles(images, vault: vault) { stored in
                var change = pending
                if let file = stored.first { change.image = .some(file.path) }
                return try await database.logPress(delegation: trip, id: id, change: change, actor: actor, revision: revision)
            }
            context.cache?.invalidate()
            return Output(id: saved.id, added: saved.added, outlet: item.outlet)
        }
    }

    /// A stored clipping's value of a plan key, as the plan writes it.
    static func storedValue(_ key: String, of p: PressItem) -> String? {
        switch key {
        case "date": p.date.iso
        case "outlet": p.outlet
        case "headline": p.headline
        case "url": p.url
        case "language": p.language
        case "remark": p.remark
        case "event": p.eventID
        default: nil
        }
    }
}
