import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright schedule TRIP`: the trip day by day, in local times.
struct Schedule: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "逐日行程（當地時間；與出發地時區不同時註明時區）。 The trip day by day, in local times."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: JSONOption

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "只列出某位人員的行程（id 或姓名）。 Only what one member (id or name) takes part in.")
    var member: String?

    @Option(name: .long, help: "只列出某一天（YYYY-MM-DD）。 Only one day (YYYY-MM-DD).")
    var day: String?

    func validate() throws {
        if let day, LocalDate(iso: day) == nil { throw ValidationError(CLIText.dateExpected("--day").text(global.lang)) }
    }

    func run() async throws {
        let lang = global.lang
        let schedule = try await reporting(lang) {
            try await ReadSchedule(global.context).run(
                ReadSchedule.Input(
                    trip: ReadDelegation.Input(trip: trip, prefix: true),
                    member: member.map { .named($0) },
                    day: day.flatMap(LocalDate.init(iso:))
                )
            )
        }
        let d = schedule.delegation
        if output.json { return try printJSON(ScheduleJSON(d, days: schedule.days)) }
        say(
            ScheduleText(labels: DelegationLabels(delegation: d, lang: lang), checks: schedule.checks).render(
                schedule.days,
                member: schedule.member?.id
            )
        )
    }
}
