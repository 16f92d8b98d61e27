import Foundation

/// A coded value written in plan files by its zh-Hant name (or an English alias).
public protocol CodedValue: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The zh-Hant name used in documents and plan files.
    var zh: String { get }
    /// The English name used with `--lang en`.
    var en: String { get }
}

extension CodedValue {
    /// Finds the case named by its code, zh-Hant name or English name.
    public static func named(_ text: String) -> Self? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue == t || $0.zh == t || $0.en.lowercased() == t.lowercased() }
    }

    /// Every accepted spelling, for error messages.
    public static var spellings: [String] { allCases.flatMap { [$0.zh, $0.rawValue] } }

    /// The name in a language.
    public func name(_ lang: Lang) -> String { lang == .zh ? zh : en }
}

/// The language of messages and labels.
public enum Lang: String, Sendable, CaseIterable {
    /// Traditional Chinese (Taiwan), the default.
    case zh
    /// English.
    case en
}

/// 出國類別: the nine categories of the national rule.
public enum TripCategory: String, CodedValue, Codable {
    case study, training, research, internship, inspection, visit, conference, negotiation, other

    public var zh: String {
        switch self {
        case .study: "考察"
        case .training: "進修"
        case .research: "研究"
        case .internship: "實習"
        case .inspection: "視察"
        case .visit: "訪問"
        case .conference: "開會"
        case .negotiation: "談判"
        case .other: "其他"
        }
    }

    public var en: String {
        switch self {
        case .study: "Study"
        case .training: "Training"
        case .research: "Research"
        case .internship: "Internship"
        case .inspection: "Inspection"
        case .visit: "Visit"
        case .conference: "Conference"
        case .negotiation: "Negotiation"
        case .other: "Other"
        }
    }
}

/// What kind of item an event is in the itinerary table.
public enum EventKind: String, CodedValue, Codable {
    case departure, study, call, visit, meeting, meal, transfer, `return`, other

    public var zh: String {
        switch self {
        case .departure: "啟程"
        case .study: "考察"
        case .call: "拜會"
        case .visit: "參訪"
        case .meeting: "會議"
        case .meal: "餐敘"
        case .transfer: "交通移動"
        case .return: "歸國"
        case .other: "其他"
        }
    }

    public var en: String {
        switch self {
        case .departure: "Departure"
        case .study: "Field study"
        case .call: "Courtesy call"
        case .visit: "Site visit"
        case .meeting: "Meeting"
        case .meal: "Meal"
        case .transfer: "Transfer"
        case .return: "Return"
        case .other: "Other"
        }
    }

    /// Calls and meetings with host offices: these need the office to be open.
    public var needsOpenOffice: Bool { self == .call || self == .meeting || self == .study }
}

/// How a leg travels.
public enum TransportMode: String, CodedValue, Codable {
    case flight, rail, bus, car, ship, walk
    /// A transfer known to happen whose mode the plan does not know (reports often say only
    /// 隨後前往紐約): it carries the move, and nothing is estimated from a mode.
    case unknown

    public var zh: String {
        switch self {
        case .flight: "飛機"
        case .rail: "鐵路"
        case .bus: "巴士"
        case .car: "汽車"
        case .ship: "船舶"
        case .walk: "步行"
        case .unknown: "未定"
        }
    }

    public var en: String {
        switch self {
        case .flight: "Flight"
        case .rail: "Rail"
        case .bus: "Bus"
        case .car: "Car"
        case .ship: "Ship"
        case .walk: "Walk"
        case .unknown: "Unknown"
        }
    }
}

/// A member's role in the delegation.
public enum MemberRole: String, CodedValue, Codable {
    case leader, member

    public var zh: String { self == .leader ? "團長" : "團員" }
    public var en: String { self == .leader ? "Leader" : "Member" }
}

/// Where a delegation stands.
public enum DelegationStatus: String, CodedValue, Codable {
    case planning, approved, travelling, returned, filed

    public var zh: String {
        switch self {
        case .planning: "規劃中"
        case .approved: "已核定"
        case .travelling: "出訪中"
        case .returned: "已返國"
        case .filed: "已結報"
        }
    }

    public var en: String {
        switch self {
        case .planning: "Planning"
        case .approved: "Approved"
        case .travelling: "Travelling"
        case .returned: "Returned"
        case .filed: "Filed"
        }
    }
}

/// Whether a follow-up is still to be done.
public enum FollowUpStatus: String, CodedValue, Codable {
    case open, done, dropped

    public var zh: String {
        switch self {
        case .open: "待辦"
        case .done: "完成"
        case .dropped: "取消"
        }
    }

    public var en: String { rawValue.capitalized }
}
