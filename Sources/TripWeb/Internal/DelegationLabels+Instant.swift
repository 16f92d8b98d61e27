import Foundation
import TripModel

extension DelegationLabels {
    /// A date and time in a zone, as pages show when a note was written or a photo taken:
    /// `114 年 9 月 1 日 10:20 JST` (ROC date) / `2025-09-01 10:20 JST`.
    func instant(_ date: Date, zone: Zone) -> String {
        let m = Moment(instant: date, zone: zone)
        return "\(shortDay(m.date)) \(time(m) ?? m.localTime?.description ?? "")"
    }

    /// A date without its weekday, as pages show a logged item's date: `114 年 9 月 1 日` /
    /// `2025-09-01`.
    func shortDay(_ date: LocalDate) -> String {
        LocalizedText(zh: ROCDate.long(date), en: date.iso).text(lang)
    }
}
