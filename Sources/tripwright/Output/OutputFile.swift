import Foundation
import TripModel
import TripStore

/// Writes a command's output file (`-o FILE`); a file that cannot be written is a message in
/// the user's language naming the file and why, never Foundation's error text.
func writeOutput(_ text: String, to path: String, lang: Lang) throws {
    do {
        try text.write(to: URL(fileURLWithPath: path), atomically: true, encoding: .utf8)
    } catch {
        let reason = FileProblem.of(error).message
        throw CLIError(lang == .zh ? "無法寫入 \(path)：\(reason.zh)。請換一個可寫入的位置（-o）。"
                                   : "cannot write \(path): \(reason.en). Choose a writable place (-o).")
    }
}
