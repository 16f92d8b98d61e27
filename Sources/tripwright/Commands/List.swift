import ArgumentParser
import TripApp
import TripModel

/// `tripwright list`: the delegations in the database.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出出國案。 List delegations.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    /// The table's header.
    static let header = [
        LocalizedText(zh: "id", en: "id"), LocalizedText(zh: "出國期間", en: "dates"), LocalizedText(zh: "狀態", en: "status"),
        LocalizedText(zh: "人數", en: "members"), LocalizedText(zh: "行程", en: "events"), LocalizedText(zh: "出國案名稱", en: "title"),
    ]

    func run() async throws {
        let lang = global.lang
        let all = try await reporting(lang) { try await ListDelegations(global.context).run() }
        if output.json { return try printJSON(all) }
        guard !all.isEmpty else {
            say(CLIText.noDelegations.text(lang))
            return
        }
        var rows = [List.header.map { $0.text(lang) }]
        for d in all {
            let status = d.status.name(lang)
            let dates = LocalizedText(zh: ROCDate.range(d.start, d.end), en: "\(d.start.iso)–\(d.end.iso)").text(lang)
            rows.append([d.id, dates, status, "\(d.members)", "\(d.events)", d.title])
        }
        say(TextWidth.table(rows))
    }
}
