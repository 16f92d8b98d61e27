import TripModel

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
