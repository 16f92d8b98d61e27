import TripModel

/// A leg as pages show it: the service, both ends with local times, the remark.
struct LegView {
    /// `JX840 星宇航空`, else the mode.
    let service: String
    let mode: String
    let from: String?
    let departs: String?
    let to: String?
    let arrives: String?
    let remark: String?
    let booking: String?

    /// The leg in a delegation's labels.
    init(_ l: Leg, labels: DelegationLabels) {
        let name = [l.number, l.carrier].compactMap { $0 }.joined(separator: " ")
        service = name.isEmpty ? l.mode.name(labels.lang) : name
        mode = l.mode.name(labels.lang)
        from = labels.place(l.fromID).nonEmpty
        departs = labels.time(l.departure)?.nonEmpty
        to = labels.place(l.toID).nonEmpty
        arrives = labels.arrival(l)?.trimmingCharacters(in: .whitespaces).nonEmpty
        remark = l.remark?.nonEmpty
        booking = l.booking?.nonEmpty
    }

    /// `JX840 星宇航空 桃園（TPE） → 福岡（FUK）`: how a finding names the leg.
    var label: String { "\(service) \(from ?? "") → \(to ?? "")" }
}
