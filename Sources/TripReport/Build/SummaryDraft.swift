/// Drafts 摘要 from the data with `snippets/summary.mustache`, listing as many host
/// organisations and people met as fit in 300 CJK characters.
struct SummaryDraft {
    let templates: TemplateSet
    let context: ReportContext

    /// The longest draft of at most `max` CJK characters (the shortest one when none fits).
    func text(max: Int = 300) throws(ReportError) -> String {
        let orgs = context.organisations.count, people = context.counterpartNames.count
        var best: String?
        // Fewer people first, then fewer organisations: organisations say more about the trip.
        var candidates: [(Int, Int)] = []
        for p in stride(from: people, through: 0, by: -1) { candidates.append((orgs, p)) }
        for o in stride(from: orgs - 1, through: 1, by: -1) { candidates.append((o, 0)) }
        for (o, p) in candidates {
            let draft = try templates.render(snippet: "summary", context.dictionary(orgLimit: o, counterpartLimit: p)).trimmed
            best = draft
            if draft.cjkCount <= max { return draft }
        }
        return best ?? ""
    }
}
