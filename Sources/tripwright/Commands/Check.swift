import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright check TRIP|PLAN.yaml`: runs the checks on a stored delegation or on a plan file
/// (without importing it). Exit status: 0 clean, 1 warnings with `--strict`, 2 errors.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "檢查行程衝突與報告完整性（結束代碼：0 無問題、1 有警告（--strict）、2 有錯誤）。 Check a delegation or a plan file.",
        discussion:
            "規則與設定見 docs/checks.md；--json 的格式見 docs/check-schema.json。 Rules and settings: docs/checks.md; JSON schema: docs/check-schema.json."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Flag(name: .long, help: "有警告時也以代碼 1 結束。 Exit 1 when there are warnings.")
    var strict = false

    @Option(name: .customLong("today"), help: "以此日期為今天（YYYY-MM-DD，報告期限用）。 Check as of this date (YYYY-MM-DD).")
    var asOf: String?

    @Argument(help: "出國案 id，或計畫檔（.yaml）。 A delegation id, or a plan file (.yaml).")
    var target: String

    @Flag(name: .long, help: "允許計畫檔引用其資料夾與資料資料夾以外的檔案（同 import）。 Let the plan name files outside its folder and the data folder (as import).")
    var allowOutside = false

    func validate() throws {
        if let asOf, LocalDate(iso: asOf) == nil { throw ValidationError(CLIText.dateExpected("--today").text(global.lang)) }
    }

    func run() async throws {
        // A plan or trip that cannot be read is an error like any other: exit status 2, not 1.
        let result = try await reporting(global.lang) {
            try await CheckPlan(global.context).run(
                CheckPlan.Input(.named(target, allowOutside: allowOutside), today: asOf.flatMap(LocalDate.init(iso:)))
            )
        }
        if output.json {
            try printJSON(result)
        } else {
            let color = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(CheckPrinter(lang: global.lang, color: color).render(result))
        }
        let status = result.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
