/// A day a place opens or closes, beyond what its type implies: a weekday, the local weekend, or
/// the country's public holidays (`open: [weekend, holidays]`, `closed: [mon]`).
public enum OpeningDay: String, CodedValue, Codable {
    case mon, tue, wed, thu, fri, sat, sun, weekend, holidays

    /// 週一 / Monday … 週日 / Sunday, 週末 / weekend, 國定假日 / public holidays.
    public var name: LocalizedText {
        switch self {
        case .mon: LocalizedText(zh: "週一", en: "Monday")
        case .tue: LocalizedText(zh: "週二", en: "Tuesday")
        case .wed: LocalizedText(zh: "週三", en: "Wednesday")
        case .thu: LocalizedText(zh: "週四", en: "Thursday")
        case .fri: LocalizedText(zh: "週五", en: "Friday")
        case .sat: LocalizedText(zh: "週六", en: "Saturday")
        case .sun: LocalizedText(zh: "週日", en: "Sunday")
        case .weekend: LocalizedText(zh: "週末", en: "weekend")
        case .holidays: LocalizedText(zh: "國定假日", en: "public holidays")
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
