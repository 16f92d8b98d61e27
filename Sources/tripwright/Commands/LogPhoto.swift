import ArgumentParser
import Foundation
import TripMedia
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

    func validate() throws {
        if files.isEmpty { throw ValidationError("請至少指定一個照片檔。 Name at least one photo file.") }
        for f in files where !LogPhoto.acceptedTypes.contains((f as NSString).pathExtension.lowercased()) {
            throw ValidationError("「\(f)」不是照片檔（可用 \(LogPhoto.acceptedTypes.joined(separator: ", "))）。 '\(f)' is not a photo.")
        }
    }

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open()
            let d = try loadDelegation(trip, from: db)
            let e = try requireEvent(event, in: d, lang: global.lang)
            let given = try taken.map { try localInstant($0, zone: e.start.zone, lang: global.lang) }
            // Every photo must decode completely before any is stored, so a bad one adds nothing.
            for file in files {
                do {
                    _ = try MediaCheck.decode(fileAt: URL(fileURLWithPath: file), name: file)
                } catch let problem as MediaProblem {
                    throw CLIError(problem.text(global.lang))
                }
            }
            let vault = FileVault(root: global.location.files)
            for file in files {
                let url = URL(fileURLWithPath: file)
                // The camera's clock is local time at the event's place.
                let when = given ?? PhotoMetadata.taken(fileAt: url).flatMap { try? Moment(date: $0.date, time: $0.time, zone: e.start.zone).instant }
                let stored = try vault.store(url, in: "photos/\(d.id)")
                let id = try db.addPhoto(delegation: d.id, event: e.id, file: stored, caption: caption, takenAt: when)
                say(global.lang == .zh ? "已加入照片 #\(id)：\(file) → \(stored.path)" : "Added photo #\(id): \(file) → \(stored.path)")
            }
        }
    }
}
