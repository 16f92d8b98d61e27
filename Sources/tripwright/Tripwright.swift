import ArgumentParser
import Foundation
import TripModel

/// `tripwright`: plan official delegations, check them, log the trip, draft the report.
@main
struct Tripwright: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tripwright",
        abstract: "規劃公務出國、檢查行程、記錄會談、草擬出國報告。 Plan official delegations, check them, log the trip, draft the report.",
        subcommands: [
            Demo.self, Init.self, Import.self, Export.self, List.self, Show.self, Schedule.self, Check.self, CalendarCommand.self, Log.self,
            Report.self, Outline.self, ReportText.self, Serve.self, User.self,
        ]
    )

    /// Runs the command like argument-parser's own `main`, except that every message printed
    /// for an error passes through `TerminalText` (an error can quote plan text), and every
    /// refused input and every failure exits with status 2 and a message in the user's language;
    /// help exits 0, and a command's own status (`check`'s 1 for warnings) is kept.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            terminate(code.rawValue)
        } catch let error as CLIError {
            FileHandle.standardError.write(Data((TerminalText.neutralised(prefixed(error.text(requestedLang()))) + "\n").utf8))
            terminate(2)
        } catch {
            let code = exitCode(for: error)
            let text = TerminalText.neutralised(fullMessage(for: error))
            if code == .success {
                if !text.isEmpty { print(text) }
                terminate(code.rawValue)
            }
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            terminate(2)
        }
    }

    /// A message with `錯誤：` or `error: ` in front, in the language asked for, unless it already
    /// starts with where the problem is (`FILE:LINE:COLUMN: 錯誤: …`).
    static func prefixed(_ message: String) -> String {
        if message.range(of: #"^[^\n]*:\d+:\d+: "#, options: .regularExpression) != nil { return message }
        return Self.errorPrefix.text(requestedLang()) + message
    }

    /// What an error message starts with.
    static let errorPrefix = LocalizedText(zh: "錯誤：", en: "error: ")

    /// The language of the command line (`--lang`, else TRIPWRIGHT_LANG), before parsing.
    static func requestedLang() -> Lang {
        let args = CommandLine.arguments
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count, let lang = Lang(rawValue: args[i + 1]) { return lang }
        if let arg = args.first(where: { $0.hasPrefix("--lang=") }), let lang = Lang(rawValue: String(arg.dropFirst(7))) { return lang }
        return ProcessInfo.processInfo.environment["TRIPWRIGHT_LANG"].flatMap(Lang.init(rawValue:)) ?? .zh
    }
}

/// Ends the process (outside the command type, whose `exit(withError:)` hides the C function).
private func terminate(_ status: Int32) -> Never {
    exit(status)
}
