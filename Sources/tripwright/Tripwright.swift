import ArgumentParser

/// `tripwright`: plan official delegations, check them, log the trip, draft the report.
@main
struct Tripwright: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tripwright",
        abstract: "規劃公務出國、檢查行程、記錄會談、草擬出國報告。 Plan official delegations, check them, log the trip, draft the report.",
        subcommands: [
            Demo.self, Init.self, Import.self, Export.self, List.self, Show.self, Schedule.self, Check.self, CalendarCommand.self, Log.self, Report.self, Serve.self, User.self,
        ]
    )
}
