import Foundation
import TripModel

/// What a report run is doing, for a progress line: photos prepared so far, a file written.
public enum ReportProgress: Hashable, Sendable {
    /// `done` of `total` pictures prepared.
    case photos(done: Int, total: Int)
    /// A file was written.
    case wrote(URL)

    /// The line to show, in both languages.
    public var message: LocalizedText {
        switch self {
        case let .photos(done, total): LocalizedText(zh: "照片 \(done)/\(total)", en: "photos \(done)/\(total)")
        case let .wrote(url): LocalizedText(zh: "已寫入 \(url.path)", en: "wrote \(url.path)")
        }
    }

    /// True for a count a terminal overwrites in place, rather than a line of its own.
    public var isCount: Bool {
        if case .photos = self { return true }
        return false
    }
}
