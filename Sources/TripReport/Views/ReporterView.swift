/// One 報告人 of a council report: `unit`, `title`, `name`.
struct ReporterView: TemplateView {
    /// 單位.
    let unit: String
    /// 職稱.
    let title: String
    /// 姓名.
    let name: String
}
