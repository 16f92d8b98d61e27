import ArgumentParser
import Foundation
import TripModel
import TripStore

/// An error already worded for the user; printed as is, exit status 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}

/// Turns library errors into the user's language before argument-parser prints them.
func userFacing(_ error: any Error, lang: Lang) -> any Error {
    switch error {
    case let e as PlanErrors: return CLIError(e.text(lang))
    case let e as StoreError: return CLIError(e.text(lang))
    default: return error
    }
}

/// Runs a command body, rewording errors for the user. Input that is refused (a plan file
/// with errors, a name that is not there) is printed here and exits with status 2, in every
/// command, as docs/checks.md promises.
func reporting<T>(_ lang: Lang, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let errors as PlanErrors {
        // Each line already says `FILE:LINE:COLUMN: 錯誤:`; a screenful, then how many more.
        FileHandle.standardError.write(Data((errors.text(lang) + "\n").utf8))
        throw ExitCode(2)
    } catch let error as CLIError {
        FileHandle.standardError.write(Data(((lang == .zh ? "錯誤：" : "Error: ") + error.description + "\n").utf8))
        throw ExitCode(2)
    } catch {
        throw userFacing(error, lang: lang)
    }
}
