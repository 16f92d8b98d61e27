import ArgumentParser
import Foundation
import TripModel
import TripReport
import TripStore

/// `tripwright log photo TRIP EVENT FILE…`: copies photos into the data folder.
struct LogPhoto: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "photo", abstract: "新增照片（複製到資料夾，原檔不變）。 Add photos to an event.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String
    @Argument(help: "照片檔（可多個）。 Photo files.") var files: [String]

    @Option(name: .long, help: "說明文字（報告中照片下方）。 Caption.") var caption: String?
    @Option(name: .long, help: "拍攝時間，當地時間 YYYY-MM-DD HH:MM（預設：照片 EXIF）。 When it was taken, local time (default: from EXIF).") var taken: String?

    static let acceptedTypes = ["jpg", "jpeg", "png", "heic", "webp", "tif", "tiff"]
    static let flags = ["caption": "--caption", "taken": "--taken"]

    func validate() throws {
        if files.isEmpty { throw ValidationError("請至少指定一個照片檔。 Name at least one photo file.") }
        for f in files where !LogPhoto.acceptedTypes.contains((f as NSString).pathExtension.lowercased()) {
            throw ValidationError("「\(f)」不是照片檔（可用 \(LogPhoto.acceptedTypes.joined(separator: ", "))）。 '\(f)' is not a photo.")
        }
    }

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open(.existing)
            let d = try loadDelegation(trip, from: db)
            let e = try requireEvent(event, in: d, lang: global.lang)
            // Each file, its caption and time are read as a plan's `photos:` entry written beside
            // the file: the same checks and messages as in a plan file (the photo must decode
            // completely), all before any is stored, so a bad one adds nothing.
            let urls = files.map { URL(fileURLWithPath: $0) }
            var photos: [Photo] = []
            for url in urls {
                let values = [PlanValue("file", url.lastPathComponent)]
                    + [caption.map { PlanValue("caption", $0) }, taken.map { PlanValue("taken", $0) }].compactMap { $0 }
                do {
                    photos.append(try PlanReader().readPhoto(values, zone: e.start.zone, in: d, baseDirectory: url.deletingLastPathComponent()))
                } catch let error as FieldProblems {
                    throw flagError(error, flags: LogPhoto.flags.merging(["file": url.path]) { $1 }, lang: global.lang)
                }
            }
            let vault = FileVault(root: global.location.files), folder = "photos/\(d.id)"
            // What a killed or failed earlier run left in this delegation's folder goes first.
            db.sweepFiles(vault: vault, folders: [folder])
            // The camera's clock is local time at the event's place.
            let times = zip(urls, photos).map { url, photo in
                photo.takenAt ?? PhotoMetadata.taken(fileAt: url).flatMap { try? Moment(date: $0.date, time: $0.time, zone: e.start.zone).instant }
            }
            // All files, then one transaction for all rows: every photo is added, or none.
            let (stored, ids) = try db.storingFiles(urls.map { (.file($0), folder) }, vault: vault) { stored in
                (stored, try db.addPhotos(delegation: d.id, event: e.id, zip(stored, times).map { PhotoUpload(file: $0.0, takenAt: $0.1) },
                                          caption: photos.first?.caption))
            }
            for (file, (s, id)) in zip(files, zip(stored, ids)) {
                say(global.lang == .zh ? "已加入照片 #\(id)：\(file) → \(s.path)" : "Added photo #\(id): \(file) → \(s.path)")
            }
        }
    }
}
