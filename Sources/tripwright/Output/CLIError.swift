import ArgumentParser
import Foundation
import TripApp
import TripModel

/// A refusal or failure worded for the person at the command line, in both languages; printed
/// in the one asked for, after `錯誤：`, with exit status 2 (`Tripwright.main`).
struct CLIError: UserFacingError {
    /// What went wrong and what to do.
    let message: LocalizedText

    /// An error with its message.
    init(_ message: LocalizedText) { self.message = message }
}

/// Runs a command's body, turning what a use case refuses into what the command line prints: a
/// plan file's located errors (a screenful, then how many more; each line already says where,
/// so no prefix) exit 2 from here; values refused by key name the flags that gave them
/// (`flags`: plan key → flag); everything else becomes a `CLIError`.
func reporting<T>(_ lang: Lang, flags: [String: String] = [:], _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as AppError {
        switch error {
        case let .plan(errors):
            sayError(errors.text(lang))
            throw ExitCode(2)
        case let .refused(problems):
            throw flagError(problems, flags: flags)
        case let .refusedFile(path, problems):
            throw flagError(problems, flags: flags.merging(["file": path]) { $1 })
        case let .report(e):
            throw CLIError(CLIText.cannotMakeReport.appending(e.message))
        case let .pressIncomplete(trip):
            throw CLIError(CLIText.pressIncomplete(trip))
        case .nothingToChange:
            throw CLIError(CLIText.nothingToChange)
        default:
            throw CLIError(error.message)
        }
    }
}
