import TripModel
import TripStore

/// Words the problems of a command's values by the flags that gave them (`--caption`,
/// `TEXT`), so a refused value names what to retype.
func flagError(_ problems: FieldProblems, flags: [String: String], lang: Lang) -> CLIError {
    let lines = problems.problems.map { p -> String in
        let flag = flags[p.key] ?? (p.key.isEmpty ? "" : "--\(p.key)")
        return p.message(label: LocalizedText(zh: flag, en: flag)).text(lang)
    }
    return CLIError(lines.joined(separator: "\n"))
}
