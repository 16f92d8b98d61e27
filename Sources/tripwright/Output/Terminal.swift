import Foundation
import TripModel

/// Prints human-readable output with every control and bidirectional-override character of
/// user and plan text shown as a visible escape (`TerminalText`), so a plan cannot rewrite what
/// the terminal shows. JSON, YAML and iCalendar output go out exact instead.
func say(_ text: String, terminator: String = "\n") {
    print(TerminalText.neutralised(text), terminator: terminator)
}

/// Writes a line to standard error, neutralised like `say`.
func sayError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.neutralised(text) + "\n").utf8))
}
