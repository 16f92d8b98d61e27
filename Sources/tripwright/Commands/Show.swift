import ArgumentParser
import TripApp
import TripModel

/// `tripwright show TRIP`: cover facts and members.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "顯示出國案封面資料與人員。 Show a delegation's cover facts and members.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    func run() async throws {
        let lang = global.lang
        let shown = try await reporting(lang) { try await ShowDelegation(global.context).run(ReadDelegation.Input(trip: trip, prefix: true)) }
        let d = shown.delegation
        let facts = CoverFacts(d, countries: shown.countries, lang: lang)
        if output.json { return try printJSON(facts) }
        say(Show.render(facts, lang: lang))
        let counts = shown.checks.counts
        if counts.error + counts.warning > 0 {
            say(
                LocalizedText(
                    zh: "檢查：錯誤 \(counts.error) 項、警告 \(counts.warning) 項（tripwright check \(d.id) 查看）",
                    en: "Checks: \(counts.error) errors, \(counts.warning) warnings (see tripwright check \(d.id))"
                ).text(lang)
            )
        }
    }

    /// The labels of the cover facts, in order.
    static let labels = [
        LocalizedText(zh: "計畫名稱", en: "Plan"), LocalizedText(zh: "出國類別", en: "Category"), LocalizedText(zh: "服務機關", en: "Agency"),
        LocalizedText(zh: "姓名職稱", en: "Members"), LocalizedText(zh: "派赴國家", en: "Countries"), LocalizedText(zh: "出國期間", en: "Dates"),
        LocalizedText(zh: "報告日期", en: "Report date"), LocalizedText(zh: "報告期限", en: "Report due"), LocalizedText(zh: "狀態", en: "Status"),
    ]

    /// The header of the members table.
    static let memberHeader = [
        LocalizedText(zh: "項次", en: "#"), LocalizedText(zh: "單位", en: "unit"), LocalizedText(zh: "職稱", en: "title"),
        LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "身分", en: "role"),
    ]

    static func render(_ f: CoverFacts, lang: Lang) -> String {
        let listed = LocalizedText(zh: f.countries.joined(separator: "、"), en: f.countries.joined(separator: ", ")).text(lang)
        let values = [
            f.planName, f.category, f.agency, f.namesAndTitles, listed, f.period,
            f.reportDate ?? LocalizedText(zh: "（未定）", en: "(not set)").text(lang), f.reportDue, f.status,
        ]
        var rows = zip(labels, values).map { [$0.0.text(lang), $0.1] }
        if let contact = f.contact { rows.append([LocalizedText(zh: "聯絡人", en: "Contact").text(lang), contact]) }
        let colon = LocalizedText(zh: "：", en: ":").text(lang)
        var out = TextWidth.table(rows.map { [$0[0] + colon, $0[1]] })
        out += "\n\n" + LocalizedText(zh: "出國人員名單", en: "Members").text(lang) + "\n"
        var table = [memberHeader.map { $0.text(lang) }]
        for m in f.members { table.append(["\(m.order)", m.unit, m.title, m.name, m.role]) }
        out += TextWidth.table(table)
        out +=
            "\n\n"
            + LocalizedText(
                zh: "行程 \(f.events) 項、交通 \(f.legs) 段、住宿 \(f.stays) 筆、新聞 \(f.press) 則",
                en: "\(f.events) events, \(f.legs) legs, \(f.stays) stays, \(f.press) press items"
            ).text(lang)
        return out
    }
}
