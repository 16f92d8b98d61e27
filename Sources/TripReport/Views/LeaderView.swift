/// `leader.name`, `leader.title`, `leader.unit`.
struct LeaderView: TemplateView {
    /// 姓名.
    let name: String
    /// 職稱.
    let title: String
    /// 單位.
    let unit: String
}
