import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright calendar TRIP`: the trip as an iCalendar file for phones and Outlook.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "匯出行事曆（iCalendar .ics；各地時區正確）。 Write the trip as an iCalendar (.ics) file."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "只含某位人員的行程（id 或姓名）。 Only what one member (id or name) takes part in.")
    var member: String?

    @Option(name: [.short, .long], help: "寫入檔案（預設：標準輸出）。 Write to a file instead of standard output.")
    var output: String?

    @Flag(
        name: .long,
        help: """
            停用訂閱網址：全團所有的（含每位人員的），或加 --member 只停該人員的；不輸出行事曆。 \
            Stop the calendar feed links made on the web: every link of the delegation (each member's too), or one member's with --member; writes no calendar.
            """
    )
    var revokeLinks = false

    func validate() throws {
        if revokeLinks, output != nil {
            throw ValidationError(
                LocalizedText(
                    zh: "--revoke-links 不輸出行事曆，請刪除 --output。",
                    en: "--revoke-links writes no calendar: remove --output."
                ).text(global.lang)
            )
        }
    }

    func run() async throws {
        if revokeLinks { return try await revoke() }
        let text = try await reporting(global.lang) {
            try await MakeCalendar(global.context).run(MakeCalendar.Input(trip: ReadDelegation.Input(trip: trip, prefix: true), member: member))
        }
        if let output {
            try writeOutput(text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Stops the feed links and says how many stopped.
    private func revoke() async throws {
        let lang = global.lang
        let revoked = try await reporting(lang) {
            try await RevokeFeeds(global.context).run(
                RevokeFeeds.Input(
                    trip: ReadDelegation.Input(trip: trip, prefix: true),
                    member: member,
                    all: member == nil
                )
            )
        }
        let whose =
            revoked.member.map { LocalizedText(zh: "「\($0.name)」的", en: "\($0.name)'s") }
            ?? LocalizedText(zh: "全團所有（含每位人員）的", en: "every link of the delegation, each member's included")
        say(
            LocalizedText(
                zh: "已停用\(whose.zh)行事曆訂閱網址 \(revoked.links) 個。",
                en: "Stopped \(revoked.links) calendar feed link(s), \(whose.en)."
            ).text(lang)
        )
    }
}
