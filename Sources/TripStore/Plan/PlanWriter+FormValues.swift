import TripModel

/// A stored leg or stay as the values of its form: each plan key with the text the plan file
/// would hold, so a form saved as shown is read back as the same item.
extension PlanWriter {
    /// A leg's form values by plan key (participants as `lin,chen`).
    public func formValues(of l: Leg) -> [String: String] {
        [
            "mode": l.mode.rawValue, "carrier": l.carrier ?? "", "number": l.number ?? "", "from": l.fromID, "to": l.toID,
            "depart": stamp(l.departure), "depart_by": l.departBy?.iso ?? "", "arrive": l.arrival.map(stamp) ?? "",
            "booking": l.booking ?? "", "kind": l.kind?.rawValue ?? "", "participants": l.participants.joined(separator: ","),
            "remark": l.remark ?? "",
        ]
    }

    /// A stay's form values by plan key.
    public func formValues(of s: Stay) -> [String: String] {
        [
            "place": s.placeID, "check_in": s.checkIn.iso, "check_out": s.checkOut.iso, "booking": s.booking ?? "", "phone": s.phone ?? "",
            "participants": s.participants.joined(separator: ","), "remark": s.remark ?? "",
        ]
    }
}
