import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright demo`: imports the Kyushu seed into a fresh demo database and prints its schedule.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "示範：將九州考察範例匯入新的示範資料庫並列出行程。 Import the Kyushu seed into a fresh demo database and print its schedule."
    )

    @Option(name: .long, help: "示範資料庫（預設：資料夾中的 demo.sqlite，每次重建）。 Demo database file (recreated).")
    var db: String?

    @Option(name: .long, help: "輸出語言 zh 或 en。 Output language.")
    var lang: Lang = .zh

    @Option(name: .long, help: "範例計畫檔（預設：seeds/kyushu-2025.yaml）。 Seed plan file.")
    var seed: String?

    func run() async throws {
        try await reporting(lang) {
            let home = DataLocation(databasePath: nil)
            // No HOME and no --db: say so rather than making a demo folder somewhere unexpected.
            if db == nil, let missing = home.unavailable { throw AppError.store(missing) }
            let path = db ?? home.database.deletingLastPathComponent().appendingPathComponent("demo.sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard let plan = seed.map({ URL(fileURLWithPath: $0) }) ?? ExamplePlan.kyushu ?? Demo.findSeed("kyushu-2025.yaml") else {
                throw CLIError(CLIText.seedMissing)
            }
            let context = AppContext(location: DataLocation(databasePath: path))
            let summary = try await ImportPlan(context).run(ImportPlan.Input(.file(plan, displayName: plan.path)))
            say(Import.describe(summary).text(lang))
            say(LocalizedText(zh: "示範資料庫：\(path)\n", en: "Demo database: \(path)\n").text(lang))
            let schedule = try await ReadSchedule(context).run(ReadSchedule.Input(trip: ReadDelegation.Input(trip: summary.delegationID)))
            let d = schedule.delegation
            say(ScheduleText(labels: DelegationLabels(delegation: d, lang: lang)).render(schedule.days, member: nil))
            say(LocalizedText(zh: "\n下一步：tripwright show \(d.id) --db \(path)", en: "\nNext: tripwright show \(d.id) --db \(path)").text(lang))
        }
    }

    /// The seed file: under the working folder, or above the executable (a `swift build` tree).
    static func findSeed(_ name: String) -> URL? {
        var folders = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            folders.append(exe)
            exe = exe.deletingLastPathComponent()
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("seeds").appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
