import Foundation
import TripApp
import TripModel

/// Writes a command's output file (`-o FILE`); a file that cannot be written is a message in
/// the user's language naming the file and why, never Foundation's error text.
func writeOutput(_ text: String, to path: String) throws {
    do {
        try text.write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
    } catch {
        throw CLIError(CLIText.cannotWrite(path, FileProblem.of(error).message))
    }
}
