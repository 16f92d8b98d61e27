import ArgumentParser
import Foundation
import TripModel

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

    /// Runs the command like argument-parser's own `main`, except that every message printed
    /// for an error passes through `TerminalText` (an error can quote plan text), and an error
    /// already worded for the user (`CLIError`) exits with status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = TerminalText.neutralised(fullMessage(for: error))
            if code == .success {
                if !text.isEmpty { print(text) }
                terminate(code.rawValue)
            }
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            terminate(error is CLIError ? 2 : code.rawValue)
        }
    }
}

/// Ends the process (outside the command type, whose `exit(withError:)` hides the C function).
private func terminate(_ status: Int32) -> Never {
    exit(status)
}
