import TripApp
import TripModel

/// Words the problems of a command's values by the flags that gave them (`--caption`,
/// `TEXT`), so a refused value names what to retype.
func flagError(_ problems: FieldProblems, flags: [String: String]) -> CLIError {
    let lines = problems.problems.map { p -> LocalizedText in
        let flag = flags[p.key] ?? (p.key.isEmpty ? "" : "--\(p.key)")
        return p.message(label: LocalizedText(zh: flag, en: flag))
    }
    return CLIError(LocalizedText(zh: lines.map(\.zh).joined(separator: "\n"), en: lines.map(\.en).joined(separator: "\n")))
}
