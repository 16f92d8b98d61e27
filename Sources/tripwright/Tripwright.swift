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

    /// Runs the command. Every refused input and every failure exits with status 2 and a message
    /// in the user's language; help exits 0, and a command's own status (`check`'s 1 for
    /// warnings) is kept.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}
