/// One part of a report's prose that a person writes (not drafted from the data): 目的, 摘要,
/// 建議, or one 心得 part by its position. Each has a plan-file key, a label in the user's words
/// and a key the web and the command line name it by (`purpose`, `summary`, `suggestions`,
/// `reflection-2`).
public enum ProseField: Hashable, Sendable {
    /// 目的 (a council report's 前言 is drafted from it).
    case purpose
    /// 摘要 (a council report's 結語 is drafted from it).
    case summary
    /// 建議.
    case suggestions
    /// One 心得 part, by position from 0 (its theme and text).
    case reflection(Int)

    /// The fields a delegation with `reflections` parts has, in the report's order.
    public static func all(reflections: Int) -> [ProseField] {
        [.purpose, .summary] + (0..<max(0, reflections)).map { .reflection($0) } + [.suggestions]
    }

    /// The key the web's paths and `--field` use: `purpose`, `summary`, `suggestions`,
    /// `reflection-N` with N from 1.
    public var key: String {
        switch self {
        case .purpose: "purpose"
        case .summary: "summary"
        case .suggestions: "suggestions"
        case let .reflection(i): "reflection-\(i + 1)"
        }
    }

    /// The field a key names, or nil (a reflection's number is from 1, at most six digits so a
    /// typed number can never overflow).
    public init?(key: String) {
        switch key {
        case "purpose": self = .purpose
        case "summary": self = .summary
        case "suggestions": self = .suggestions
        default:
            let prefix = "reflection-"
            guard key.hasPrefix(prefix) else { return nil }
            let digits = key.dropFirst(prefix.count)
            guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits), n >= 1 else {
                return nil
            }
            self = .reflection(n - 1)
        }
    }

    /// True for a 心得 part.
    public var isReflection: Bool {
        if case .reflection = self { return true }
        return false
    }

    /// The plan file's key for it.
    public var planKey: String {
        switch self {
        case .purpose: "purpose"
        case .summary: "summary"
        case .suggestions: "suggestions"
        case .reflection: "reflections"
        }
    }

    /// The field's name as users say it: 目的, 摘要, 建議, 心得（第 2 則）.
    public var label: LocalizedText {
        switch self {
        case .purpose: LocalizedText(zh: "目的", en: "Purpose")
        case .summary: LocalizedText(zh: "摘要", en: "Summary")
        case .suggestions: LocalizedText(zh: "建議", en: "Suggestions")
        case let .reflection(i): LocalizedText(zh: "心得（第 \(i + 1) 則）", en: "Reflection \(i + 1)")
        }
    }
}
