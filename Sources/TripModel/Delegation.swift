/// An official overseas delegation: the plan, what was logged on the road, and what the
/// report needs.
public struct Delegation: Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `kyushu-2025`.
    public var id: String
    /// 計畫名稱 / report title.
    public var title: String
    /// 出國類別.
    public var category: TripCategory
    /// 服務機關 / 計畫主辦機關.
    public var agency: String
    /// Id of the home place (in `places`).
    public var homeID: String
    /// First day (leaving home), in the home zone.
    public var start: LocalDate
    /// Last day (back home), in the home zone.
    public var end: LocalDate
    /// 派赴國家: ISO country codes in visiting order.
    public var countries: [String]
    /// 目的.
    public var purpose: String?
    /// 摘要 as written by the official (nil: drafted from the data).
    public var summary: String?
    /// 心得, by theme.
    public var reflections: [Reflection]
    /// 建議.
    public var suggestions: String?
    /// 報告日期.
    public var reportDate: LocalDate?
    /// Member id of the contact person (聯絡人).
    public var contactID: String?
    /// 關鍵詞 for the upload system.
    public var keywords: [String]
    /// Planning, approved, travelling, returned, filed.
    public var status: DelegationStatus
    /// The people travelling, in 項次 order.
    public var members: [Member]
    /// 計畫名稱 of the approved plan, when it differs from the report's title.
    public var planName: String?
    /// 主題分類 of the upload system (its own classification, not the trip's themes).
    public var subjects: [String]
    /// 出國人數 when more travel than are named (15 travelled, 3 named); nil: the members.
    public var headcount: Int?
    /// People who accompany the delegation without being members (not counted in it).
    public var companions: [Companion]
    /// Places referenced by items.
    public var places: [Place]
    /// Visits, calls, meetings.
    public var events: [Event]
    /// Flights, trains, buses.
    public var legs: [Leg]
    /// Lodging.
    public var stays: [Stay]
    /// Press clippings.
    public var press: [PressItem]
    /// Facts for a council report's cover, when one is due.
    public var council: CouncilReport?
    /// The plan's overrides for the checks.
    public var checks: CheckSettings
    /// How its reports are shaped, one outline per report kind (none: drafted as the kind says).
    public var outlines: [ReportOutline] = []

    /// Creates a delegation.
    public init(
        id: String,
        title: String,
        category: TripCategory,
        agency: String,
        homeID: String,
        start: LocalDate,
        end: LocalDate,
        countries: [String] = [],
        purpose: String? = nil,
        summary: String? = nil,
        reflections: [Reflection] = [],
        suggestions: String? = nil,
        reportDate: LocalDate? = nil,
        contactID: String? = nil,
        keywords: [String] = [],
        status: DelegationStatus = .planning,
        members: [Member] = [],
        places: [Place] = [],
        events: [Event] = [],
        legs: [Leg] = [],
        stays: [Stay] = [],
        press: [PressItem] = [],
        council: CouncilReport? = nil,
        checks: CheckSettings = CheckSettings(),
        headcount: Int? = nil,
        companions: [Companion] = [],
        planName: String? = nil,
        subjects: [String] = []
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.agency = agency
        self.homeID = homeID
        self.start = start
        self.end = end
        self.countries = countries
        self.purpose = purpose
        self.summary = summary
        self.reflections = reflections
        self.suggestions = suggestions
        self.reportDate = reportDate
        self.contactID = contactID
        self.keywords = keywords
        self.status = status
        self.members = members
        self.places = places
        self.events = events
        self.legs = legs
        self.stays = stays
        self.press = press
        self.council = council
        self.checks = checks
        self.headcount = headcount
        self.companions = companions
        self.planName = planName
        self.subjects = subjects
    }
}
