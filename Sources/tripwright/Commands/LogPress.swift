import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright log press TRIP --date --outlet …`: adds a news clipping, or with `--id` of a
/// stored one, changes only the fields given.
struct LogPress: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press",
        abstract: "新增新聞剪報；以 --id 指定已有的剪報時只修改所給的欄位。 Add a press clipping, or change the fields given of one (--id).",
        discussion: "欄位給空字串（例如 --headline \"\"）會清除該欄。 An empty value (e.g. --headline \"\") clears that field."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Option(name: .long, help: "刊登日期 YYYY-MM-DD（新增時必填）。 Publication date (needed for a new clipping).") var date: String?
    @Option(name: .long, help: "媒體名稱，如 工商時報（新增時必填）。 Outlet (needed for a new clipping).") var outlet: String?
    @Option(name: .long, help: "標題。 Headline.") var headline: String?
    @Option(name: .long, help: "網址。 Link.") var url: String?
    @Option(name: .long, help: "剪報圖檔。 Clipping image file.") var image: String?
    @Option(name: .long, help: "語言，如 zh-Hant、ja。 Language tag.") var language: String?
    @Option(name: .long, help: "備註，如（報導日媒肯定施政）。 Remark shown beside the clipping.") var remark: String?
    @Option(name: .long, help: "所報導的行程 id。 The event it reports.") var event: String?
    @Option(name: .long, help: "剪報 id：已有者只修改所給欄位；未給則新增並自動編號。 Clipping id: an existing one gets only the fields given; none adds a new one.") var id:
        String?

    /// The flag that gave each of a clipping's plan keys.
    static let flags = [
        "date": "--date", "outlet": "--outlet", "headline": "--headline", "url": "--url", "image": "--image",
        "language": "--language", "remark": "--remark", "event": "--event", "id": "--id",
    ]

    func run() async throws {
        let lang = global.lang
        let fields = TripApp.LogPress.Fields(
            date: date,
            outlet: outlet,
            headline: headline,
            url: url,
            language: language,
            remark: remark,
            event: event
        )
        let input = TripApp.LogPress.Input(
            trip: ReadDelegation.Input(trip: trip, prefix: true),
            id: id,
            fields: fields,
            image: image.map { .file($0) }
        )
        let saved = try await reporting(lang, flags: LogPress.flags) { try await TripApp.LogPress(global.context).run(input) }
        say(
            (saved.added
                ? LocalizedText(zh: "已記錄新聞 \(saved.id)：\(saved.outlet)", en: "Logged press item \(saved.id): \(saved.outlet)")
                : LocalizedText(zh: "已修改新聞 \(saved.id)", en: "Changed press item \(saved.id)")).text(lang)
        )
    }
}
