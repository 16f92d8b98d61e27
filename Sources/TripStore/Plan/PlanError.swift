import TripModel

/// One problem in a plan file, with where it is.
public struct PlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line, from 1 (0 when unknown).
    public var line: Int
    /// Column, from 1 (0 when unknown).
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

    /// `file:line:column: message` in a language.
    public func text(_ lang: Lang) -> String {
        let label = lang == .zh ? "錯誤" : "error"
        return "\(file):\(line):\(column): \(label): \(problem.text(lang))"
    }

    /// The zh-Hant text.
    public var description: String { text(.zh) }
}

/// Every problem found in one plan file; reading stops nothing at the first one.
public struct PlanErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var errors: [PlanError]

    /// Creates the list.
    public init(_ errors: [PlanError]) { self.errors = errors }

    /// All messages in a language, one a line.
    public func text(_ lang: Lang) -> String { errors.map { $0.text(lang) }.joined(separator: "\n") }

    /// The zh-Hant text.
    public var description: String { text(.zh) }
}
