/// What kind of body a host or place is. It tells the closed-day check whether the body receives
/// visitors on weekends and public holidays: offices do not, venues and associations usually do.
public enum BodyType: String, CodedValue, Codable {
    /// A government office, parliament, mission abroad (市政府、縣廳、代表處).
    case government
    /// A school or university.
    case school
    /// A company's offices or plant.
    case company
    /// An association, chamber, foundation or community body (同鄉會、中華公所、商會).
    case association
    /// A place open to the public: museum, library, stadium, market, park, expo hall.
    case venue

    /// 政府機關 / government office, 學校 / school, 企業 / company, 團體 / association, 場館 / venue.
    public var name: LocalizedText {
        switch self {
        case .government: LocalizedText(zh: "政府機關", en: "government office")
        case .school: LocalizedText(zh: "學校", en: "school")
        case .company: LocalizedText(zh: "企業", en: "company")
        case .association: LocalizedText(zh: "團體", en: "association")
        case .venue: LocalizedText(zh: "場館", en: "venue")
        }
    }

    /// Offices, schools and companies close on the weekend and on public holidays.
    public var closesOnDaysOff: Bool {
        switch self {
        case .government, .school, .company: true
        case .association, .venue: false
        }
    }

    /// The type a plan names: a code, its zh-Hant or English name, or a synonym (機關、政府、
    /// 大學、公司、協會、博物館…).
    public static func parse(_ text: String) -> BodyType? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let type = named(t) ?? allCases.first(where: { $0.en.lowercased() == t.lowercased() }) { return type }
        switch t.lowercased() {
        case "機關", "政府", "office", "gov", "agency": return .government
        case "大學", "university": return .school
        case "公司", "company's office", "business": return .company
        case "協會", "社團", "僑社", "community": return .association
        case "場地", "場所", "博物館", "museum", "site": return .venue
        default: return nil
        }
    }
}
