import ArgumentParser
import Foundation
import TripApp

/// `tripwright calendar TRIP`: the trip as an iCalendar file for phones and Outlook.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "匯出行事曆（iCalendar .ics；各地時區正確）。 Write the trip as an iCalendar (.ics) file.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "只含某位人員的行程（id 或姓名）。 Only what one member (id or name) takes part in.")
    var member: String?

    @Option(name: [.short, .long], help: "寫入檔案（預設：標準輸出）。 Write to a file instead of standard output.")
    var output: String?

    func run() async throws {
        let text = try await reporting(global.lang) {
            try await MakeCalendar(global.context).run(MakeCalendar.Input(trip: ReadDelegation.Input(trip: trip, prefix: true), member: member))
        }
        if let output {
            try writeOutput(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
