/// `/d/ID/report/text`: the report's prose (目的, 摘要, each 心得 part and one to add, 建議), one
/// phone-first form per field with what the report drafts there beside it, the field's readiness
/// findings under it and, for 摘要, its character count against its limits.
struct ProsePage {
    let trip: TripHeader
    /// Why the last save was refused (a character the field cannot hold, changed meanwhile…).
    let message: String?
    /// That the last save was made, naming the field.
    let saved: String?
    /// The forms, in the report's order.
    let fields: [Field]

    /// One field's form.
    struct Field {
        /// `summary`, `reflection-2`: the form's anchor and the last part of its action.
        let key: String
        /// The label in the user's words, with what else is drafted from it.
        let label: String
        let action: String
        /// A 心得 part: it has a theme field.
        let reflection: Bool
        /// The 心得 part to add (nothing stored yet).
        let adding: Bool
        /// A stored 心得 part: it can be removed.
        let removable: Bool
        /// What the form shows: what is stored, or what the user typed when a save was refused.
        let theme: String
        let text: String
        /// The revision the form sends back.
        let revision: String
        /// What the report prints when the field is empty.
        let drafted: [String]
        let hasDrafted: Bool
        /// The field's readiness findings.
        let findings: [DiagnosticLine]
        let hasFindings: Bool
        /// 摘要's count, shown without script and kept current by `app.js`. (Optional values
        /// have names no outer view has: a nil would let Mustache find an outer one.)
        let summaryCount: Count?
        /// Someone else's version when a save was refused as changed meanwhile.
        let theirs: Conflict?
        /// This form's refusal.
        let refusal: String?
        /// That this field was just saved (the page opens at the field, below the top's notice).
        let savedHere: String?
    }

    /// A character count against limits.
    struct Count {
        let value: Int
        let low: Int
        let high: Int
        /// `ok` inside the limits, else `warning`.
        let state: String
        /// The limits in words: 應為 200–300 字.
        let limits: String
    }

    /// The stored version a refused save would have overwritten.
    struct Conflict {
        /// Empty when there is none (never nil, so nothing outer shows through).
        let theirTheme: String
        let theirText: String
    }
}
