/// Drafts 摘要 from the data with `snippets/summary.mustache`, listing as many host
/// organisations and people met as fit in 300 CJK characters.
struct SummaryDraft {
    let templates: TemplateSet
    let context: ReportContext

    /// The longest draft of at most `max` CJK characters (the shortest one when none fits).
    func text(max: Int = 300) throws(ReportError) -> String {
        // With no host named, the visits are listed in place of organisations, as many as fit.
        let orgs = context.organisations.isEmpty ? context.visits.count : context.organisations.count
        let people = context.counterpartNames.count
        var best: String?
        // Fewer people first, then fewer organisations: organisations say more about the trip.
        var candidates: [(Int, Int)] = []
        for p in stride(from: people, through: 0, by: -1) { candidates.append((orgs, p)) }
        for o in stride(from: orgs - 1, through: 1, by: -1) { candidates.append((o, 0)) }
        for (o, p) in candidates {
            let draft = SummaryDraft.spaced(try templates.render(.summary, context.view(orgLimit: o, counterpartLimit: p)).trimmed)
            best = draft
            if draft.cjkCount <= max { return draft }
        }
        return best ?? ""
    }

    /// A space where Han text meets a Latin letter or digit (與 Ben Franklin 上議院議長), as the
    /// ROC dates have them (於 114 年), so the drafted prose is spaced evenly; punctuation
    /// (（MOU）、「」) needs none.
    static func spaced(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for ch in text {
            if let p = previous, (isHan(p) && isLatinOrDigit(ch)) || (isLatinOrDigit(p) && isHan(ch)) { out.append(" ") }
            out.append(ch)
            previous = ch
        }
        return out
    }

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.properties.isIdeographic } ?? false
    }

    private static func isLatinOrDigit(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }
}
