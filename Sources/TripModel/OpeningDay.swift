/// A day a place opens or closes, beyond what its type implies: a weekday, the local weekend, or
/// the country's public holidays (`open: [weekend, holidays]`, `closed: [mon]`).
public enum OpeningDay: String, CodedValue, Codable {
    case mon, tue, wed, thu, fri, sat, sun, weekend, holidays

    /// 週一 … 週日、週末、國定假日.
    public var zh: String {
        switch self {
        case .mon: "週一"
        case .tue: "週二"
        case .wed: "週三"
        case .thu: "週四"
        case .fri: "週五"
        case .sat: "週六"
        case .sun: "週日"
        case .weekend: "週末"
        case .holidays: "國定假日"
        }
    }

    /// Monday … Sunday, weekend, public holidays.
    public var en: String {
        switch self {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        case .weekend: "weekend"
        case .holidays: "public holidays"
        }
    }

    /// The weekday (0 = Sunday … 6 = Saturday), for the seven weekday cases.
    public var weekday: Int? {
        switch self {
        case .sun: 0
        case .mon: 1
        case .tue: 2
        case .wed: 3
        case .thu: 4
        case .fri: 5
        case .sat: 6
        case .weekend, .holidays: nil
        }
    }

    /// The day a plan names: a code, a zh-Hant or English name, or 星期一、Mon、假日….
    public static func parse(_ text: String) -> OpeningDay? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let day = named(t) { return day }
        let lower = t.lowercased()
        if let day = allCases.first(where: { $0.weekday != nil && lower.hasPrefix($0.rawValue) && $0.en.lowercased().hasPrefix(lower) }) {
            return day
        }
        let weekdays = ["日": OpeningDay.sun, "一": .mon, "二": .tue, "三": .wed, "四": .thu, "五": .fri, "六": .sat, "天": .sun]
        for prefix in ["星期", "週", "周", "禮拜"] where t.hasPrefix(prefix) {
            if let day = weekdays[String(t.dropFirst(prefix.count))] { return day }
        }
        switch lower {
        case "假日", "國定假日", "例假日", "holiday", "public holidays": return .holidays
        case "周末", "週休", "weekends": return .weekend
        default: return nil
        }
    }
}
