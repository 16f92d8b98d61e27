import TripModel

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
