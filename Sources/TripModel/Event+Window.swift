import Foundation

extension Event {
    /// From start to end in absolute time, when both have a clock time and end is not before start.
    var window: ClosedRange<Date>? {
        guard let start = start.instant, let end = end?.instant, start <= end else { return nil }
        return start...end
    }
}
