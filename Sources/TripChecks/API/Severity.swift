import TripModel

/// How much a diagnostic matters: errors block approval, warnings need a look, info is a note.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    /// The plan cannot work as written (or the report is late).
    case error
    /// Probably a problem; acknowledge it when it is not.
    case warning
    /// Worth knowing; never changes the exit status.
    case info

    /// Errors first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// 錯誤 / error, 警告 / warning, 提示 / info: as a diagnostic's tag reads.
    public var name: LocalizedText {
        switch self {
        case .error: LocalizedText(zh: "錯誤", en: "error")
        case .warning: LocalizedText(zh: "警告", en: "warning")
        case .info: LocalizedText(zh: "提示", en: "info")
        }
    }

    /// 錯誤 / 警告 / 提示.
    public var zh: String { name.zh }
}
