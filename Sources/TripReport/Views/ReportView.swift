import TripModel

/// What every kind text (cover lines, section titles and texts) and every snippet sees: the
/// facts of the delegation, each on one line. The names are a contract with the agencies'
/// templates (docs/reports.md lists them): rename none.
struct ReportView: TemplateView {
    /// The delegation's id (`kyushu-2025`).
    let id: String
    /// 計畫名稱 as the plan writes it.
    let title: String
    /// 服務機關.
    let agency: String
    /// 出國類別 (考察).
    let category: String
    /// The category as a verb in prose; the same word (進行考察).
    let categoryVerb: String
    /// 姓名職稱 for the cover: `張峯源局長等 4 人`.
    let namesAndTitles: String
    /// 派赴國家, joined with 、.
    let countryNames: String
    /// Where the delegation went, for prose: `韓國首爾、仁川、釜山及日本福岡`.
    let destinations: String
    /// 出國期間: `114 年 8 月 31 日至 9 月 6 日`.
    let period: String
    /// 報告日期, or a prompt.
    let reportDate: String
    /// The first day, ROC.
    let start: String
    /// The return date as written after `start` (`9 月 6 日`; with its year across New Year).
    let endMonthDay: String
    /// The last day, ROC.
    let end: String
    /// Days from start to end, both counted.
    let dayCount: Int
    /// Travellers, named or not.
    let memberCount: Int
    /// True when a city visited has a zh-Hant name.
    let hasCities: Bool
    /// Cities visited, in order, joined with 、.
    let cityNames: String
    /// Visits (events that are not journeys).
    let visitCount: Int
    /// Their titles, joined with 、.
    let visitNames: String
    /// True when a visit names a host organisation.
    let hasOrgs: Bool
    /// With no host named anywhere, the visits themselves, as many as fit (`…等`).
    let visitList: String
    /// Host organisations.
    let orgCount: Int
    /// Their names, as many as fit (`…等`).
    let orgNames: String
    /// True when a visit has a theme.
    let hasThemes: Bool
    /// Themes in order of first appearance, joined with 、.
    let themeNames: String
    /// True when people met are listed.
    let hasCounterparts: Bool
    /// People met, as many as fit (`…等人`).
    let counterpartNames: String
    /// True when an outcome is logged.
    let hasOutcomes: Bool
    /// Every outcome, joined with ；.
    let outcomeNames: String
    /// True when press clippings are logged.
    let hasPress: Bool
    /// Their outlets, joined with 、.
    let pressOutlets: String
    /// The leader (else the first member); nil for none.
    let leader: LeaderView?
    /// The council report's facts; nil when the plan has no `council:`.
    let council: CouncilView?

    /// The lists a cover line may repeat over (`"each": "council.reporters"`), by name.
    static let lists = ["council.reporters"]

    /// The elements of a list a cover line repeats over; nil for a name that is no list.
    func list(named name: String) -> [any TemplateView]? {
        switch name {
        case "council.reporters": council?.reporters ?? []
        default: nil
        }
    }
}
