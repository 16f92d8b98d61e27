import ArgumentParser
import Foundation
import TripModel
import TripStore

/// An error already worded for the user; printed as is, exit status 2 (`Tripwright.main`).
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}

/// Turns library errors into the user's language before argument-parser prints them.
func userFacing(_ error: any Error, lang: Lang) -> any Error {
    switch error {
    case let e as PlanErrors: return CLIError(e.text(lang))
    case let e as StoreError: return CLIError(e.text(lang))
    case let e as FieldProblems: return CLIError(e.text(lang))
    case let e as any UserFacingError: return CLIError(e.text(lang))
    default: return error
    }
}

/// Runs a command body, rewording errors for the user. A plan file the reader refuses is
/// printed here, as its located errors (a screenful, then how many more; neutralised for the
/// terminal), and exits with status 2, in `check` as in `import`; an error already worded for the
/// user (`CLIError`) exits with status 2 from the root command.
func reporting<T>(_ lang: Lang, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let errors as PlanErrors {
        // Each line already says `FILE:LINE:COLUMN: 錯誤:`: no "Error:" before it.
        sayError(errors.text(lang))
        throw ExitCode(2)
    } catch let error as CLIError {
        throw error
    } catch {
        throw userFacing(error, lang: lang)
    }
}
