import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright log photo TRIP EVENT FILE…`: copies photos into the data folder.
struct LogPhoto: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "photo", abstract: "新增照片（複製到資料夾，原檔不變）。 Add photos to an event.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String
    @Argument(help: "照片檔（可多個）。 Photo files.") var files: [String]

    @Option(name: .long, help: "說明文字（報告中照片下方）。 Caption.") var caption: String?
    @Option(name: .long, help: "補上說明文字相同的照片預留位置（報告中的【待填】照片）。 Fill the photo placeholder with this caption.") var fill: String?
    @Option(name: .long, help: "補上（或換掉）這張照片的檔案，照片編號見 log history 或網頁。 Fill or replace the file of photo N.") var photo: Int64?
    @Option(name: .long, help: "拍攝時間，當地時間 YYYY-MM-DD HH:MM（預設：照片 EXIF）。 When it was taken, local time (default: from EXIF).") var taken: String?

    static let acceptedTypes = ["jpg", "jpeg", "png", "heic", "webp", "tif", "tiff"]
    /// The flag that gave each of a photo's plan keys.
    static let flags = ["caption": "--caption", "taken": "--taken"]

    func validate() throws {
        let lang = global.lang
        if files.isEmpty { throw ValidationError(LocalizedText(zh: "請至少指定一個照片檔。", en: "Name at least one photo file.").text(lang)) }
        if (fill != nil || photo != nil) && files.count != 1 {
            throw ValidationError(LocalizedText(zh: "--fill 與 --photo 只能搭配一個照片檔。", en: "--fill and --photo take exactly one photo file.").text(lang))
        }
        if fill != nil && photo != nil {
            throw ValidationError(LocalizedText(zh: "--fill 與 --photo 請擇一使用。", en: "Use either --fill or --photo, not both.").text(lang))
        }
        if fill != nil && caption != nil {
            throw ValidationError(
                LocalizedText(zh: "--fill 已指定說明文字，請勿再給 --caption。", en: "--fill names the caption; leave out --caption.").text(lang)
            )
        }
        for f in files where !LogPhoto.acceptedTypes.contains((f as NSString).pathExtension.lowercased()) {
            throw ValidationError(
                LocalizedText(
                    zh: "「\(f)」不是照片檔（可用 \(LogPhoto.acceptedTypes.joined(separator: ", "))）。",
                    en: "'\(f)' is not a photo (use \(LogPhoto.acceptedTypes.joined(separator: ", ")))."
                ).text(lang)
            )
        }
    }

    func run() async throws {
        let lang = global.lang
        // Each file, its caption and time are read as a plan's `photos:` entry written beside
        // the file (the photo must decode completely), all before any is stored.
        let stored = try await reporting(lang, flags: LogPhoto.flags) {
            var input = LogPhotos.Input(
                EventTarget(trip: trip, event: event, prefix: true),
                photos: .files(files.map { URL(fileURLWithPath: $0) }),
                caption: fill ?? caption,
                taken: taken,
                fill: photo
            )
            input.placeholderOnly = fill != nil
            return try await LogPhotos(global.context).run(input)
        }
        for (file, s) in zip(files, stored) {
            // Kept as given, but said: it may belong to another event (exit status 0).
            if let warning = s.warning { sayError("\(file): " + LocalizedText(zh: "注意：", en: "Note:").appending(warning.message).text(lang)) }
            if let notice = s.alreadyStoredNotice {
                say("\(file): \(notice.text(lang))")
            } else if s.filled {
                say(
                    LocalizedText(
                        zh: "已補上照片 #\(s.id) 的檔案（原為預留位置或舊檔，可用 log undo 復原）：\(file) → \(s.path)",
                        en: "Filled photo #\(s.id) (a placeholder or an older file; log undo reverts it): \(file) → \(s.path)"
                    ).text(lang)
                )
            } else {
                say(LocalizedText(zh: "已加入照片 #\(s.id)：\(file) → \(s.path)", en: "Added photo #\(s.id): \(file) → \(s.path)").text(lang))
            }
        }

    }
}
