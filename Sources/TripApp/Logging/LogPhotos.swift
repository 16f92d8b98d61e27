import Foundation
import TripMedia
import TripModel
import TripReport
import TripStore

/// Adds photos to an event: every photo must decode completely before any is stored, so a bad
/// one adds nothing; then the files are written into the data folder and one transaction adds
/// every row (all or none). When a photo was taken comes from its EXIF clock, read as local time
/// at the event's place, unless given.
public struct LogPhotos: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// Where the photos come from, which decides what is taken.
    public enum Photos: Sendable {
        /// Files on this machine (the command line): each is read as a plan's `photos:` entry
        /// written beside it (any accepted format, TIFF from scanners included).
        case files([URL])
        /// Uploaded bytes (the web): what phones send and browsers show.
        case uploads([Upload])
    }

    /// An uploaded file.
    public struct Upload: Sendable {
        /// The name the sender gave (shown in messages only, never used to store).
        public var fileName: String
        /// The bytes.
        public var data: Data

        /// An upload.
        public init(fileName: String, data: Data) {
            self.fileName = fileName
            self.data = data
        }
    }

    /// The photos and what is said of them.
    public struct Input: Sendable {
        /// The event.
        public var target: EventTarget
        /// The photos.
        public var photos: Photos
        /// One caption for all (blank: none).
        public var caption: String?
        /// When they were taken, local time at the event (`YYYY-MM-DD HH:MM`); nil: from EXIF.
        public var taken: String?
        /// Uploads: when a phone logged them, ISO 8601 with offset (`DeviceTime`; the web's
        /// offline queue sends it later), the time taken of a photo whose file has no EXIF clock.
        public var deviceTime: String?
        /// The photo (a placeholder, or a photo whose file is replaced) the one file goes to.
        public var fill: Int64?
        /// True when the file must fill a placeholder with the caption given (`--fill`): refused otherwise.
        public var placeholderOnly: Bool = false

        /// Photos for an event.
        public init(
            _ target: EventTarget,
            photos: Photos,
            caption: String? = nil,
            taken: String? = nil,
            fill: Int64? = nil,
            deviceTime: String? = nil
        ) {
            self.target = target
            self.deviceTime = deviceTime
            self.photos = photos
            self.caption = caption
            self.taken = taken
            self.fill = fill
        }
    }

    /// One photo as stored.
    public struct Stored: Sendable {
        /// Its id (an identical photo already on the event keeps its id).
        public var id: Int64
        /// Its path in the data folder.
        public var path: String
        /// True when the file filled a photo placeholder (or replaced the named photo's file)
        /// instead of adding a photo.
        public var filled: Bool = false
        /// For a file the event already had: whether the caption given replaced the stored one
        /// (nil when the file was added or filled a photo).
        public var alreadyStored: PhotoAlreadyStored? = nil
        /// A photo kept whose camera date is not the event's, with the event of that date.
        public var warning: LoggingWarning? = nil
    }

    /// The photos as stored, in the order given.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> [Stored] {
        let (database, d, e) = try await attempt { try await context.logTarget(input.target) }
        let folder = "photos/\(d.id)"
        let vault = FileVault(root: context.location.files)
        let prepared: (items: [(source: FileVault.Source, folder: String)], times: [Date?], caption: String?)
        switch input.photos {
        case let .files(urls):
            prepared = try await attempt { try await files(urls, input: input, d: d, e: e, folder: folder) }
            // What a killed or failed earlier run left in this delegation's folder goes first.
            _ = try? await blocking { database.sweepFiles(vault: vault, folders: [folder]) }
        case let .uploads(uploads):
            guard !uploads.isEmpty else { throw .refused(FieldProblems([FieldProblem(key: "photos", kind: .plan(.missingKey("photos")))])) }
            let (caption, logged) = try await attempt { try uploadValues(input, d: d, e: e) }
            prepared = try await uploaded(uploads, zone: e.start.zone, folder: folder, caption: caption, logged: logged)
        }
        let (trip, event, now, times, caption) = (d.id, e.id, context.now(), prepared.times, prepared.caption)
        let (fill, actor, placeholderOnly) = (input.fill, context.actor, input.placeholderOnly)
        if fill != nil && prepared.items.count != 1 {
            throw .refused(FieldProblems([FieldProblem(key: "photos", kind: .plan(.wrongType(key: "photos", expected: "one file")))]))
        }
        return try await attempt {
            let stored = try await database.storingFiles(prepared.items, vault: vault) { files in
                let added = try await database.logPhotos(
                    delegation: trip,
                    event: event,
                    zip(files, times).map { PhotoUpload(file: $0.0, takenAt: $0.1) },
                    caption: caption,
                    fill: fill,
                    placeholderOnly: placeholderOnly,
                    actor: actor,
                    now: now
                )
                return zip(zip(added, files), times).map { pair, time in
                    let (a, file) = pair
                    // A file the event already had is no new item: nothing to warn about.
                    let warning = a.alreadyStored == nil ? d.loggingWarning(photo: Photo(id: a.id, file: file.path, takenAt: time), on: e) : nil
                    return Stored(id: a.id, path: file.path, filled: a.filled, alreadyStored: a.alreadyStored, warning: warning)
                }
            }
            context.cache?.invalidate()
            return stored
        }
    }

    /// Files named on the command line, each read as a plan's photo entry beside it (the same
    /// checks and messages; the photo must decode completely).
    private func files(
        _ urls: [URL],
        input: Input,
        d: Delegation,
        e: Event,
        folder: String
    ) async throws
        -> (items: [(source: FileVault.Source, folder: String)], times: [Date?], caption: String?)
    {
        let (context, caption, taken, zone) = (context, input.caption, input.taken, e.start.zone)
        return try await blocking {
            let reader = context.reader
            var photos: [Photo] = []
            for url in urls {
                let values =
                    [PlanValue("file", url.lastPathComponent)]
                    + [caption.map { PlanValue("caption", $0) }, taken.map { PlanValue("taken", $0) }].compactMap { $0 }
                do {
                    photos.append(try reader.readPhoto(values, zone: zone, in: d, baseDirectory: url.deletingLastPathComponent()))
                } catch let problems as FieldProblems {
                    throw AppError.refusedFile(url.path, problems)
                }
            }
            // The camera's clock is local time at the event's place.
            let times = zip(urls, photos).map { url, photo in
                photo.takenAt ?? PhotoMetadata.taken(fileAt: url).flatMap { try? Moment(date: $0.date, time: $0.time, zone: zone).instant }
            }
            return (urls.map { (.file($0), folder) }, times, photos.first?.caption)
        }
    }

    /// An upload's caption and device time, every refused value told at once.
    private func uploadValues(_ input: Input, d: Delegation, e: Event) throws -> (caption: String?, logged: Date?) {
        var problems: [FieldProblem] = []
        var caption: String?
        var logged: Date?
        do { caption = try context.caption(input.caption, zone: e.start.zone, in: d) } catch let p as FieldProblems { problems += p.problems }
        do {
            logged = try DeviceTime.instant(input.deviceTime, key: "taken", trip: d, now: context.now())
        } catch { problems += error.problems }
        guard problems.isEmpty else { throw FieldProblems(problems) }
        return (caption, logged)
    }

    /// Uploaded bytes, each decoded completely before any is stored (a 3-byte "JPEG" once passed
    /// a check of the first bytes and broke every report); a photo without an EXIF clock is
    /// dated by `logged`.
    private func uploaded(
        _ uploads: [Upload],
        zone: Zone,
        folder: String,
        caption: String?,
        logged: Date?
    ) async throws(AppError)
        -> (items: [(source: FileVault.Source, folder: String)], times: [Date?], caption: String?)
    {
        do {
            return try await blocking {
                var items: [(source: FileVault.Source, folder: String)] = []
                var times: [Date?] = []
                for upload in uploads {
                    let format = try MediaCheck.decode(upload.data, name: upload.fileName, accepting: ImageType.uploadable).format
                    items.append((.data(upload.data, fileExtension: format.fileExtension), folder))
                    times.append(
                        PhotoMetadata.taken(in: upload.data).flatMap { try? Moment(date: $0.date, time: $0.time, zone: zone).instant } ?? logged
                    )
                }
                return (items, times, caption)
            }
        } catch {
            throw AppError(error)
        }
    }
}
