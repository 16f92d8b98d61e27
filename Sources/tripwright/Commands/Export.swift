import ArgumentParser
import Foundation
import TripApp

/// `tripwright export TRIP`: writes the delegation as a plan file.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "匯出計畫檔（與匯入格式相同）。 Export a delegation as a plan file.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: [.short, .long], help: "寫入檔案（預設：標準輸出）。 Write to a file instead of standard output.")
    var output: String?

    func run() async throws {
        let plan = try await reporting(global.lang) { try await ExportPlan(global.context).run(ReadDelegation.Input(trip: trip, prefix: true)) }
        if let output {
            try writeOutput(plan.text, to: output)
        } else {
            print(plan.text, terminator: "")
        }
    }
}
