import TripModel

/// One problem in a plan file, with where it is.
public struct PlanError: UserFacingError, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line, from 1 (0 when the problem is the file as a whole: not found, a folder).
    public var line: Int
    /// Column in characters, from 1 (0 with line 0).
    public var column: Int
    /// What is wrong.
    public var problem: PlanProblem

    /// Creates an error.
    public init(file: String, line: Int, column: Int, problem: PlanProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// The message alone, as safe to show as `text(_:)`.
    public func message(_ lang: Lang) -> String { PlanError.visible(problem.text(lang)) }

    /// `file:line:column: 錯誤: message` / `…: error: message` (`file: …` for the file as a
    /// whole), made safe to print.
    public var message: LocalizedText {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let text = problem.message
        return LocalizedText(
            zh: PlanError.visible("\(place): 錯誤: \(text.zh)"),
            en: PlanError.visible("\(place): error: \(text.en)")
        )
    }

    /// The text as `TerminalText` shows it (control and bidi characters as `\u{1B}`), on one
    /// line: a message quotes what the plan says, and a shared plan must not rewrite the
    /// terminal that prints it, nor split the FILE:LINE:COLUMN list.
    static func visible(_ text: String) -> String {
        TerminalText.neutralised(text).replacingOccurrences(of: "\n", with: "\\n")
    }

    /// The zh-Hant text.
    public var description: String { text(.zh) }
}

/// Every problem found in one plan file; reading stops nothing at the first one.
public struct PlanErrors: UserFacingError, CustomStringConvertible {
    /// The problems kept, in file order (at most `PlanLimits.keptErrors`).
    public var errors: [PlanError]
    /// Problems found beyond those kept.
    public var uncounted: Int

    /// Creates the list.
    public init(_ errors: [PlanError], uncounted: Int = 0) {
        self.errors = errors
        self.uncounted = uncounted
    }

    /// Every problem found, kept or not.
    public var count: Int { errors.count + uncounted }

    /// A screenful of messages in a language, one a line, then how many more there are.
    public func text(_ lang: Lang, limit: Int = PlanLimits.printedErrors) -> String {
        message(limit: limit).text(lang)
    }

    /// A screenful of messages, one a line, then how many more there are.
    public var message: LocalizedText { message(limit: PlanLimits.printedErrors) }

    /// At most `limit` messages, one a line, then how many more there are.
    public func message(limit: Int) -> LocalizedText {
        var lines = errors.prefix(limit).map(\.message)
        let more = count - lines.count
        if more > 0 {
            let n = PlanErrors.grouped(more)
            lines.append(
                LocalizedText(
                    zh: "…另有 \(n) 個錯誤（請先修正以上錯誤，再重新檢查）。",
                    en: "… and \(n) more errors (fix those above first, then check again)."
                )
            )
        }
        return LocalizedText(zh: lines.map(\.zh).joined(separator: "\n"), en: lines.map(\.en).joined(separator: "\n"))
    }

    /// The zh-Hant text.
    public var description: String { text(.zh) }

    /// `524,271`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
