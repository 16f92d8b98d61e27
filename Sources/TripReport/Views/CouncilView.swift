/// `council.sessionTitle`, `council.title`, `council.date`, `council.reporters`.
struct CouncilView: TemplateView {
    /// `臺中市議會第4屆第7次定期會`.
    let sessionTitle: String
    /// The report's title (the plan's, else the delegation's title with 專案報告).
    let title: String
    /// 報告日期, or a prompt.
    let date: String
    /// 報告人, in order.
    let reporters: [ReporterView]
}
