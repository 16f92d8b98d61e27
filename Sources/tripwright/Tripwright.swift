import ArgumentParser
import Foundation

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

    /// Runs the command; a usage error (an unknown option, a bad `--today`) is refused input
    /// like any other and exits with status 2, not argument-parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
