import ArgumentParser
import Foundation
import TripMedia
import TripModel
import TripStore

/// `tripwright log press TRIP --date --outlet …`: adds a news clipping.
struct LogPress: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "press", abstract: "新增新聞剪報。 Add a press clipping.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Option(name: .long, help: "刊登日期 YYYY-MM-DD。 Publication date.") var date: String
    @Option(name: .long, help: "媒體名稱，如 工商時報。 Outlet.") var outlet: String
    @Option(name: .long, help: "標題。 Headline.") var headline: String?
    @Option(name: .long, help: "網址。 Link.") var url: String?
    @Option(name: .long, help: "剪報圖檔。 Clipping image file.") var image: String?
    @Option(name: .long, help: "語言，如 zh-Hant、ja。 Language tag.") var language: String?
    @Option(name: .long, help: "所報導的行程 id。 The event it reports.") var event: String?
    @Option(name: .long, help: "剪報 id（預設由日期與媒體產生）。 Clipping id.") var id: String?

    func validate() throws {
        if LocalDate(iso: date) == nil { throw ValidationError("--date 需為 YYYY-MM-DD。 --date must be YYYY-MM-DD.") }
        if outlet.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--outlet 不可空白。 --outlet is empty.") }
    }

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open()
            let d = try loadDelegation(trip, from: db)
            if let event { _ = try requireEvent(event, in: d, lang: global.lang) }
            guard let day = LocalDate(iso: date) else { return }
            let itemID = id ?? LogPress.nextID(for: day, in: d)
            var imagePath: String?
            if let image {
                do {
                    _ = try MediaCheck.decode(fileAt: URL(fileURLWithPath: image), name: image)
                } catch let problem as MediaProblem {
                    throw CLIError(problem.text(global.lang))
                }
                imagePath = try FileVault(root: global.location.files).store(URL(fileURLWithPath: image), in: "press/\(d.id)").path
            }
            try db.savePress(PressItem(id: itemID, date: day, outlet: outlet, headline: headline, url: url, image: imagePath,
                                       language: language, eventID: event), delegation: d.id)
            say(global.lang == .zh ? "已記錄新聞 \(itemID)：\(outlet)" : "Logged press item \(itemID): \(outlet)")
        }
    }

    static func nextID(for day: LocalDate, in d: Delegation) -> String {
        let base = "press-\(day.iso)"
        var n = 1
        while d.press.contains(where: { $0.id == "\(base)-\(n)" }) { n += 1 }
        return "\(base)-\(n)"
    }
}
