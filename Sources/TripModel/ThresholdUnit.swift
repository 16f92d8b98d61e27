/// What a check threshold counts, for messages that give its range.
public enum ThresholdUnit: Sendable, Hashable {
    /// Minutes.
    case minutes
    /// Hours of travel.
    case hours
    /// An hour of the day, 0–24 o'clock.
    case hourOfDay
    /// Kilometres.
    case kilometres
    /// Kilometres per hour.
    case kilometresPerHour
    /// A multiplier (road distance over straight line).
    case factor
    /// Days.
    case days
    /// Months.
    case months
    /// CJK characters.
    case characters

    /// The unit after a number: `分鐘` / `minutes`.
    public var name: LocalizedText {
        switch self {
        case .minutes: LocalizedText(zh: "分鐘", en: "minutes")
        case .hours: LocalizedText(zh: "小時", en: "hours")
        case .hourOfDay: LocalizedText(zh: "時", en: "o'clock")
        case .kilometres: LocalizedText(zh: "公里", en: "km")
        case .kilometresPerHour: LocalizedText(zh: "公里／小時", en: "km/h")
        case .factor: LocalizedText(zh: "倍", en: "times")
        case .days: LocalizedText(zh: "天", en: "days")
        case .months: LocalizedText(zh: "個月", en: "months")
        case .characters: LocalizedText(zh: "字", en: "characters")
        }
    }
}
