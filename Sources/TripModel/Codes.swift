import Foundation

/// A coded value written in plan files by its zh-Hant name (or an English alias).
public protocol CodedValue: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
    /// The name in both languages: zh-Hant in documents and plan files, English with `--lang en`.
    var name: LocalizedText { get }
}

extension CodedValue {
    /// The zh-Hant name used in documents and plan files.
    public var zh: String { name.zh }

    /// The English name used with `--lang en`.
    public var en: String { name.en }

    /// Finds the case named by its code, zh-Hant name or English name.
    public static func named(_ text: String) -> Self? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue == t || $0.zh == t || $0.en.lowercased() == t.lowercased() }
    }

    /// The name in a language.
    public func name(_ lang: Lang) -> String { name.text(lang) }
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

    /// 考察 / Study, …
    public var name: LocalizedText {
        switch self {
        case .study: LocalizedText(zh: "考察", en: "Study")
        case .training: LocalizedText(zh: "進修", en: "Training")
        case .research: LocalizedText(zh: "研究", en: "Research")
        case .internship: LocalizedText(zh: "實習", en: "Internship")
        case .inspection: LocalizedText(zh: "視察", en: "Inspection")
        case .visit: LocalizedText(zh: "訪問", en: "Visit")
        case .conference: LocalizedText(zh: "開會", en: "Conference")
        case .negotiation: LocalizedText(zh: "談判", en: "Negotiation")
        case .other: LocalizedText(zh: "其他", en: "Other")
        }
    }
}

/// What kind of item an event is in the itinerary table.
public enum EventKind: String, CodedValue, Codable {
    case departure, study, call, visit, meeting, meal, transfer, `return`, other

    /// 啟程 / Departure, …
    public var name: LocalizedText {
        switch self {
        case .departure: LocalizedText(zh: "啟程", en: "Departure")
        case .study: LocalizedText(zh: "考察", en: "Field study")
        case .call: LocalizedText(zh: "拜會", en: "Courtesy call")
        case .visit: LocalizedText(zh: "參訪", en: "Site visit")
        case .meeting: LocalizedText(zh: "會議", en: "Meeting")
        case .meal: LocalizedText(zh: "餐敘", en: "Meal")
        case .transfer: LocalizedText(zh: "交通移動", en: "Transfer")
        case .return: LocalizedText(zh: "歸國", en: "Return")
        case .other: LocalizedText(zh: "其他", en: "Other")
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

    /// 飛機 / Flight, …
    public var name: LocalizedText {
        switch self {
        case .flight: LocalizedText(zh: "飛機", en: "Flight")
        case .rail: LocalizedText(zh: "鐵路", en: "Rail")
        case .bus: LocalizedText(zh: "巴士", en: "Bus")
        case .car: LocalizedText(zh: "汽車", en: "Car")
        case .ship: LocalizedText(zh: "船舶", en: "Ship")
        case .walk: LocalizedText(zh: "步行", en: "Walk")
        case .unknown: LocalizedText(zh: "未定", en: "Unknown")
        }
    }
}

/// A member's role in the delegation.
public enum MemberRole: String, CodedValue, Codable {
    case leader, member

    /// 團長 / Leader, 團員 / Member.
    public var name: LocalizedText {
        switch self {
        case .leader: LocalizedText(zh: "團長", en: "Leader")
        case .member: LocalizedText(zh: "團員", en: "Member")
        }
    }
}

/// Where a delegation stands.
public enum DelegationStatus: String, CodedValue, Codable {
    case planning, approved, travelling, returned, filed

    /// 規劃中 / Planning, …
    public var name: LocalizedText {
        switch self {
        case .planning: LocalizedText(zh: "規劃中", en: "Planning")
        case .approved: LocalizedText(zh: "已核定", en: "Approved")
        case .travelling: LocalizedText(zh: "出訪中", en: "Travelling")
        case .returned: LocalizedText(zh: "已返國", en: "Returned")
        case .filed: LocalizedText(zh: "已結報", en: "Filed")
        }
    }
}

/// Whether a follow-up is still to be done.
public enum FollowUpStatus: String, CodedValue, Codable {
    case open, done, dropped

    /// 待辦 / Open, 完成 / Done, 取消 / Dropped.
    public var name: LocalizedText {
        switch self {
        case .open: LocalizedText(zh: "待辦", en: "Open")
        case .done: LocalizedText(zh: "完成", en: "Done")
        case .dropped: LocalizedText(zh: "取消", en: "Dropped")
        }
    }
}
