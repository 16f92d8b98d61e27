import Foundation
import TripModel

/// Errors from the store, each saying what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No delegation has that id.
    case noSuchDelegation(String, suggestions: [String])
    /// The delegation has no such event.
    case noSuchEvent(String, delegation: String, suggestions: [String])
    /// A stored value could not be read back (the file was edited by hand or is from a newer version).
    case corrupt(String)
    /// A file to log could not be read or copied.
    case file(String)

    /// The message in a language.
    public func text(_ lang: Lang) -> String {
        let zh = lang == .zh
        switch self {
        case let .noSuchDelegation(id, suggestions):
            let near = suggestions.isEmpty ? (zh ? "請以 tripwright list 查看。" : " Run 'tripwright list' to see them.")
                : (zh ? "是否為：\(suggestions.joined(separator: "、"))？" : " Did you mean: \(suggestions.joined(separator: ", "))?")
            return zh ? "找不到出國案「\(id)」。\(near)" : "no delegation '\(id)'.\(near)"
        case let .noSuchEvent(id, delegation, suggestions):
            let near = suggestions.isEmpty ? (zh ? "請以 tripwright schedule \(delegation) 查看行程 id。" : " Run 'tripwright schedule \(delegation)' to see item ids.")
                : (zh ? "是否為：\(suggestions.joined(separator: "、"))？" : " Did you mean: \(suggestions.joined(separator: ", "))?")
            return zh ? "出國案「\(delegation)」沒有行程「\(id)」。\(near)" : "delegation '\(delegation)' has no event '\(id)'.\(near)"
        case let .corrupt(detail):
            return zh ? "資料庫內容無法讀取：\(detail)。請用 tripwright export 備份後重新匯入。" : "stored data cannot be read: \(detail). Export and re-import the plan."
        case let .file(detail):
            return zh ? "檔案問題：\(detail)" : "file problem: \(detail)"
        }
    }

    /// The zh-Hant text.
    public var description: String { text(.zh) }
}
