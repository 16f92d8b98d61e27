import ArgumentParser
import Gazetteer
import TripChecks
import TripModel
import TripStore

/// `tripwright show TRIP`: cover facts and members.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "顯示出國案封面資料與人員。 Show a delegation's cover facts and members.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    func run() throws {
        try reporting(global.lang) {
            let d = try loadDelegation(trip, from: try global.open(.readOnly))
            let facts = CoverFacts(d, lang: global.lang)
            if output.json { return try printJSON(facts) }
            say(Show.render(facts, lang: global.lang))
            let counts = Checker().check(d, today: today(in: d.homeZone)).counts
            if counts.error + counts.warning > 0 {
                say(global.lang == .zh ? "檢查：錯誤 \(counts.error) 項、警告 \(counts.warning) 項（tripwright check \(d.id) 查看）"
                                         : "Checks: \(counts.error) errors, \(counts.warning) warnings (see tripwright check \(d.id))")
            }
        }
    }

    static func render(_ f: CoverFacts, lang: Lang) -> String {
        let zh = lang == .zh
        var rows: [[String]] = zh ? [
            ["計畫名稱", f.title], ["出國類別", f.category], ["服務機關", f.agency], ["姓名職稱", f.namesAndTitles],
            ["派赴國家", f.countries.joined(separator: "、")], ["出國期間", f.period], ["報告日期", f.reportDate ?? "（未定）"],
            ["報告期限", f.reportDue], ["狀態", f.status],
        ] : [
            ["Title", f.title], ["Category", f.category], ["Agency", f.agency], ["Members", f.namesAndTitles],
            ["Countries", f.countries.joined(separator: ", ")], ["Dates", f.period], ["Report date", f.reportDate ?? "(not set)"],
            ["Report due", f.reportDue], ["Status", f.status],
        ]
        if let contact = f.contact { rows.append([zh ? "聯絡人" : "Contact", contact]) }
        var out = TextWidth.table(rows.map { [$0[0] + (zh ? "：" : ":"), $0[1]] })
        out += "\n\n" + (zh ? "出國人員名單" : "Members") + "\n"
        var table = [zh ? ["項次", "單位", "職稱", "姓名", "身分"] : ["#", "unit", "title", "name", "role"]]
        for m in f.members { table.append(["\(m.order)", m.unit, m.title, m.name, m.role]) }
        out += TextWidth.table(table)
        out += "\n\n" + (zh ? "行程 \(f.events) 項、交通 \(f.legs) 段、住宿 \(f.stays) 筆、新聞 \(f.press) 則"
                         : "\(f.events) events, \(f.legs) legs, \(f.stays) stays, \(f.press) press items")
        return out
    }
}

/// The cover facts as shown and as JSON.
struct CoverFacts: Encodable {
    struct MemberRow: Encodable {
        var order: Int, id: String, unit: String, title: String, name: String, role: String, rank: String?
    }

    var id: String, title: String, category: String, agency: String, namesAndTitles: String
    var countries: [String], period: String, start: String, end: String, reportDate: String?, reportDue: String
    var status: String, contact: String?, members: [MemberRow], events: Int, legs: Int, stays: Int, press: Int

    init(_ d: Delegation, lang: Lang) {
        let zh = lang == .zh
        id = d.id
        title = d.title
        category = d.category.name(lang)
        agency = d.agency
        namesAndTitles = zh ? d.namesAndTitles : d.members.map { "\($0.name) (\($0.title))" }.joined(separator: ", ")
        countries = d.countries.map { Gazetteer.shared.countryName($0, lang: lang) }
        period = zh ? ROCDate.range(d.start, d.end) : "\(d.start.iso) to \(d.end.iso)"
        start = d.start.iso
        end = d.end.iso
        reportDate = d.reportDate.map { zh ? ROCDate.long($0) : $0.iso }
        let due = d.reportDue
        reportDue = zh ? ROCDate.long(due) : due.iso
        status = d.status.name(lang)
        contact = d.contactID.flatMap { d.member($0) }.map { "\($0.name)\($0.title)" }
        members = d.members.map { MemberRow(order: $0.order, id: $0.id, unit: $0.unit, title: $0.title, name: $0.name,
                                            role: $0.role.name(lang), rank: $0.rank) }
        events = d.events.count
        legs = d.legs.count
        stays = d.stays.count
        press = d.press.count
    }
}
