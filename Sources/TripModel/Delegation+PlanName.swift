/// 計畫名稱, the name of the approved plan a delegation carries out, as every front end and the
/// abstract's upload fields show it.
extension Delegation {
    /// The plan's own name (`plan_name`), else the title without the 出國報告 (or 報告) it ends with:
    /// the title names the report (…考察交流出國報告), the plan is …考察交流.
    public var planNameOrTitle: String {
        Delegation.planName(title: title, planName: planName)
    }

    /// `planNameOrTitle` from a title and an optional plan name (for list rows without a delegation).
    public static func planName(title: String, planName: String?) -> String {
        if let name = planName, !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return name }
        for suffix in ["出國報告", "報告"] where title.hasSuffix(suffix) && title.count > suffix.count {
            return String(title.dropLast(suffix.count))
        }
        return title
    }
}
