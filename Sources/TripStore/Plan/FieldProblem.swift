import TripModel

/// One value a form field or a command-line flag gives for a key of the plan format (`title`,
/// `end`, `caption`…), read by the plan reader exactly as that key in a plan file.
public struct PlanValue: Hashable, Sendable {
    /// The plan key.
    public var key: String
    /// The value as typed.
    public var value: String

    /// Creates a value.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// A value refused, with the plan key it was given for, so a form can mark that field and a
/// command can name that flag.
public struct FieldProblem: Hashable, Sendable {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// What the plan reader says of the value (a bad time, an unknown place…).
        case plan(PlanProblem)
        /// A character the field cannot hold (`FieldText`).
        case text(FieldText.Problem)
    }

    /// The plan key ("" when the problem is not one field's).
    public var key: String
    /// What is wrong.
    public var kind: Kind

    /// Creates a problem.
    public init(key: String, kind: Kind) {
        self.key = key
        self.kind = kind
    }

    /// The message, naming the field by `label` (a form's label, or a flag such as `--caption`).
    public func message(label: LocalizedText) -> LocalizedText {
        switch kind {
        case let .text(problem):
            return LocalizedText(zh: problem.message(field: label.zh).zh, en: problem.message(field: label.en).en)
        case .plan(.missingKey):
            let empty = FieldText.Problem.empty
            return LocalizedText(zh: empty.message(field: label.zh).zh, en: empty.message(field: label.en).en)
        case let .plan(problem):
            return LocalizedText(zh: "\(label.zh)：\(problem.text(.zh))", en: "\(label.en): \(problem.text(.en))")
        }
    }
}

/// Every value of one form or command that was refused; nothing was saved.
public struct FieldProblems: UserFacingError, Hashable {
    /// The problems, in the order of the values given.
    public var problems: [FieldProblem]

    /// Creates the list.
    public init(_ problems: [FieldProblem]) { self.problems = problems }

    /// The problems of one key.
    public func of(_ key: String) -> [FieldProblem] { problems.filter { $0.key == key } }

    /// Every message, naming each field by its plan key.
    public var message: LocalizedText {
        let texts = problems.map { $0.message(label: LocalizedText(zh: "「\($0.key)」", en: "'\($0.key)'")) }
        return LocalizedText(zh: texts.map(\.zh).joined(separator: "\n"), en: texts.map(\.en).joined(separator: "\n"))
    }
}
