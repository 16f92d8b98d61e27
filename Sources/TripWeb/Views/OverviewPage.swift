import TripApp
import TripModel

/// `/d/ID`: cover facts, members and the checks, each finding linked to the items it names.
struct OverviewPage {
    let trip: TripHeader
    /// 計畫名稱, 出國類別, …, 報告期限, then 聯絡人 and 報告日期 when set, as label and value.
    let cover: [Fact]
    let members: [MemberRow]
    let diagnostics: [Finding]
    /// True when nothing was found.
    let clean: Bool
    /// The delegation's purpose (目的), under the cover.
    let purpose: String?

    /// One cover fact.
    struct Fact {
        let label: String
        let value: String?
    }

    /// One member.
    struct MemberRow {
        let order: Int
        let unit: String?
        let title: String?
        let name: String
        let role: String
        let id: String
    }

    /// One finding of the checks.
    struct Finding {
        let severity: String
        let severityName: String
        let code: String
        let message: String
        let fix: String?
        let hasItems: Bool
        let items: [ItemLink]
    }

    /// An item a finding names, linked to where it is shown.
    struct ItemLink {
        let id: String
        let label: String?
        let link: String
    }
}
