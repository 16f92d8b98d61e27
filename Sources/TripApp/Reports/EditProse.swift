import Foundation
import TripModel
import TripStore

/// Writes one prose field of a report (目的, 摘要, 建議, one 心得 part with its theme) for the
/// people who write the report (`Access.mayWriteProse`). The text is held to what the plan file's
/// key accepts (`FieldText` with the key's shape); blank clears the field, so the report shows
/// its 【待填】 prompt again, and a blank 心得 part is removed. The edit names the revision its
/// form showed: a field changed meanwhile saves nothing and `proseConflict` carries both texts.
public struct EditProse: UseCase {
    let context: AppContext

    /// The use case in a context.
    public init(_ context: AppContext) { self.context = context }

    /// The edit.
    public struct Input: Sendable {
        /// The delegation's id.
        public var trip: String
        /// The field.
        public var field: ProseField
        /// The revision the form showed (`ProseText.revision`); nil saves over whatever is
        /// stored (the command line, where the person sees what they replace).
        public var revision: String?
        /// A 心得 part's theme (ignored for the other fields).
        public var theme: String?
        /// The text as typed.
        public var text: String

        /// An edit of a field.
        public init(trip: String, field: ProseField, revision: String?, theme: String? = nil, text: String) {
            self.trip = trip
            self.field = field
            self.revision = revision
            self.theme = theme
            self.text = text
        }
    }

    /// What the field holds after the edit, and its new revision.
    public struct Output: Sendable {
        /// The field.
        public var field: ProseField
        /// What it holds now (empty when cleared or removed).
        public var value: ProseText
    }

    /// Checks and saves the edit.
    @discardableResult
    public func run(_ input: Input) async throws(AppError) -> Output {
        let value = try EditProse.value(of: input)
        let (database, d) = try await attempt { () async throws -> (TripDatabase, Delegation) in
            let database = try context.database(.existing)
            return (database, try await context.delegation(input.trip, in: database))
        }
        try Access.requireProse(context.requester, on: d)
        do {
            let saved = try await database.editProse(delegation: d.id, field: input.field, revision: input.revision, to: value)
            context.cache?.invalidate()
            return Output(field: input.field, value: saved)
        } catch let conflict as EditConflict<ProseText> {
            throw .proseConflict(field: input.field, conflict: conflict)
        } catch {
            throw AppError(error)
        }
    }

    /// The value to store: line breaks as the plan file has them (a browser sends CR LF), white
    /// space around it dropped, blank as nothing; refused, by key, where the plan's key would
    /// refuse it.
    static func value(of input: Input) throws(AppError) -> ProseText {
        func cleaned(_ text: String?) -> String? {
            guard let text else { return nil }
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            let trimmed = lines.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        let text = cleaned(input.text)
        var problems: [FieldProblem] = []
        if let text, let p = FieldText.problem(in: text, shape: .paragraphs) {
            problems.append(FieldProblem(key: input.field.key, kind: .text(p)))
        }
        guard case .reflection = input.field else {
            if !problems.isEmpty { throw .refused(FieldProblems(problems)) }
            return ProseText(text: text)
        }
        let theme = cleaned(input.theme)
        if let theme, let p = FieldText.problem(in: theme, shape: .line) {
            problems.insert(FieldProblem(key: "theme", kind: .text(p)), at: 0)
        }
        // A theme needs its text, as `reflections` in a plan file does; both blank removes the part.
        if theme != nil, text == nil { problems.append(FieldProblem(key: input.field.key, kind: .text(.empty))) }
        if !problems.isEmpty { throw .refused(FieldProblems(problems)) }
        return ProseText(theme: theme, text: text)
    }
}
