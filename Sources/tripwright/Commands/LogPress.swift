import ArgumentParser
import Foundation
import TripModel
import TripStore

/// `tripwright log press TRIP --date --outlet …`: adds a news clipping, or with `--id` of a
/// stored one, changes only the fields given.
struct LogPress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press",
        abstract: "新增新聞剪報；以 --id 指定已有的剪報時只修改所給的欄位。 Add a press clipping, or change the fields given of one (--id).",
        discussion: "欄位給空字串（例如 --headline \"\"）會清除該欄。 An empty value (e.g. --headline \"\") clears that field.")

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
    @Option(name: .long, help: "剪報 id：已有者只修改所給欄位；未給則新增並自動編號。 Clipping id: an existing one gets only the fields given; none adds a new one.") var id: String?

    static let flags = ["date": "--date", "outlet": "--outlet", "headline": "--headline", "url": "--url", "image": "--image",
                        "language": "--language", "remark": "--remark", "event": "--event", "id": "--id"]

    func run() throws {
        try reporting(global.lang) {
            let db = try global.open(.existing)
            let d = try loadDelegation(trip, from: db)
            let existing = id.flatMap { wanted in d.press.first { $0.id == wanted } }
            if existing == nil && (date == nil || outlet == nil) {
                // Without --date and --outlet this can only be an edit: of which clipping?
                if let id {
                    throw StoreError.noSuchPress(id, delegation: d.id, suggestions: NearestNames.nearest(to: id, among: d.press.map(\.id)))
                }
                throw CLIError(global.lang == .zh ? "新增剪報需要 --date 與 --outlet。（要修改已有的剪報請以 --id 指定，可用 tripwright export \(d.id) 查看 id。）"
                                                  : "a new clipping needs --date and --outlet. (To change a stored one, name it with --id; 'tripwright export \(d.id)' lists the ids.)")
            }
            // The flags are read as a plan's `press:` entry (the stored clipping's values stand in
            // for the fields not given, so an edit is judged whole): the same checks and messages.
            let given: [String: String?] = ["date": date, "outlet": outlet, "headline": headline, "url": url, "image": image,
                                            "language": language, "remark": remark, "event": event]
            var values = [PlanValue("id", id ?? "press-new")]
            for key in ["date", "outlet", "headline", "url", "language", "remark", "event"] {
                if let value = given[key] ?? nil {
                    values.append(PlanValue(key, value))
                } else if let stored = existing.flatMap({ LogPress.storedValue(key, of: $0) }) {
                    values.append(PlanValue(key, stored))
                }
            }
            if let image, !image.isEmpty { values.append(PlanValue("image", image)) }
            let item: PressItem
            do {
                item = try PlanReader().readPressItem(values, in: d, baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            } catch let error as FieldProblems {
                throw flagError(error, flags: LogPress.flags, lang: global.lang)
            }
            // Only what was given changes; an empty value clears an optional field.
            func change(_ key: String, _ value: String?) -> String?? {
                guard let raw = given[key] ?? nil else { return nil }
                return .some(raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : value)
            }
            var edit = PressChange(date: date == nil ? nil : item.date, outlet: outlet == nil ? nil : item.outlet,
                                   headline: change("headline", item.headline), url: change("url", item.url),
                                   language: change("language", item.language), remark: change("remark", item.remark),
                                   eventID: change("event", item.eventID))
            if existing != nil && edit.isEmpty && image == nil {
                throw CLIError(global.lang == .zh ? "沒有要修改的欄位：請給 --headline、--image 等。" : "nothing to change: give --headline, --image or another field.")
            }
            let vault = FileVault(root: global.location.files), folder = "press/\(d.id)"
            db.sweepFiles(vault: vault, folders: [folder])
            let images: [(source: FileVault.Source, folder: String)] = (image?.isEmpty == false) ? [(.file(URL(fileURLWithPath: image ?? "")), folder)] : []
            let saved = try db.storingFiles(images, vault: vault) { stored in
                if let file = stored.first { edit.image = .some(file.path) } else if image?.isEmpty == true { edit.image = .some(nil) }
                return try db.logPress(delegation: d.id, id: id, change: edit)
            }
            if global.lang == .zh {
                say(saved.added ? "已記錄新聞 \(saved.id)：\(item.outlet)" : "已修改新聞 \(saved.id)")
            } else {
                say(saved.added ? "Logged press item \(saved.id): \(item.outlet)" : "Changed press item \(saved.id)")
            }
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
