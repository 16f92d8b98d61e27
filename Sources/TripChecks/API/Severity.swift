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

    /// 錯誤 / 警告 / 提示.
    public var zh: String {
        switch self {
        case .error: "錯誤"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}
