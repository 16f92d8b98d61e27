import Foundation
import TripModel

extension DelegationLabels {
    /// A date and time in a zone, as pages show when a note was written or a photo taken:
    /// `2025-09-01 10:20 JST`.
    func instant(_ date: Date, zone: Zone) -> String {
        let m = Moment(instant: date, zone: zone)
        return "\(m.date.iso) \(time(m) ?? m.localTime?.description ?? "")"
    }
}
