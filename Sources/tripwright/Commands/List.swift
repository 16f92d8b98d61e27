import ArgumentParser
import TripModel
import TripStore

/// `tripwright list`: the delegations in the database.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出出國案。 List delegations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        try reporting(global.lang) {
            let all = try global.open(.readOnly).delegations()
            if output.json { return try printJSON(all) }
            let zh = global.lang == .zh
            guard !all.isEmpty else {
                say(zh ? "尚無出國案。以 tripwright import 計畫檔.yaml 匯入。" : "No delegations yet. Import one with: tripwright import PLAN.yaml")
                return
            }
            var rows = [zh ? ["id", "出國期間", "狀態", "人數", "行程", "計畫名稱"] : ["id", "dates", "status", "members", "events", "title"]]
            for d in all {
                let status = DelegationStatus(rawValue: d.status).map { $0.name(global.lang) } ?? d.status
                let dates = zh ? ROCDate.range(d.start, d.end) : "\(d.start.iso)–\(d.end.iso)"
                rows.append([d.id, dates, status, "\(d.members)", "\(d.events)", d.title])
            }
            say(TextWidth.table(rows))
        }
    }
}
