import ArgumentParser
import Foundation
import TripStore

/// `tripwright export TRIP`: writes the delegation as a plan file.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "匯出計畫檔（與匯入格式相同）。 Export a delegation as a plan file.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: [.short, .long], help: "寫入檔案（預設：標準輸出）。 Write to a file instead of standard output.")
    var output: String?

    func run() throws {
        try reporting(global.lang) {
            let d = try loadDelegation(trip, from: try global.open(.readOnly))
            let text = try PlanWriter().write(d)
            if let output {
                try writeOutput(text, to: output, lang: global.lang)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
