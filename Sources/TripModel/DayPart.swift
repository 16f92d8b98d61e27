/// A part of the day, for items whose time reports give only in words (上午、中午、下午、晚間、
/// 深夜): the checks use its range of local clock time, the schedule and report print the word.
public enum DayPart: String, CodedValue, Codable {
    case morning, noon, afternoon, evening, night

    /// 上午 / morning, 中午 / noon, 下午 / afternoon, 晚間 / evening, 深夜 / late night.
    public var name: LocalizedText {
        switch self {
        case .morning: LocalizedText(zh: "上午", en: "morning")
        case .noon: LocalizedText(zh: "中午", en: "noon")
        case .afternoon: LocalizedText(zh: "下午", en: "afternoon")
        case .evening: LocalizedText(zh: "晚間", en: "evening")
        case .night: LocalizedText(zh: "深夜", en: "late night")
        }
    }

    /// Local minutes of the day the part covers, from its first minute to the one after its
    /// last (深夜 runs to midnight; what happens after midnight belongs to the next date).
    public var minutes: Range<Int> {
        switch self {
        case .morning: 8 * 60..<12 * 60
        case .noon: 11 * 60..<14 * 60
        case .afternoon: 13 * 60..<18 * 60
        case .evening: 18 * 60..<22 * 60
        case .night: 22 * 60..<24 * 60
        }
    }

    /// The part a word names: its zh-Hant or English name, or a common synonym (早上、上午時段、
    /// 午間、晚上、夜間、半夜; late-night); nil for anything else.
    public static func parse(_ text: String) -> DayPart? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let part = named(t) { return part }
        switch t.lowercased() {
        case "早上", "上午時段", "清晨", "早晨": return .morning
        case "午間", "午時", "中午時段": return .noon
        case "下午時段", "午後": return .afternoon
        case "晚上", "傍晚", "夜間", "晚": return .evening
        case "半夜", "凌晨前", "深夜時段", "late-night", "night", "latenight": return .night
        default: return nil
        }
    }
}
