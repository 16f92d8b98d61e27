import Foundation
import TripModel
import TripStore

/// The time a phone says a note or photo was logged (the web's offline queue sends it later):
/// ISO 8601 with its offset from UTC, and plausible, so a wrong phone clock cannot date a note
/// into the future or before the trip. The one reading of that value, for every form that sends it.
public enum DeviceTime {
    /// How far ahead of the server's clock a phone's clock may run (clocks drift; a few minutes is normal).
    public static let tolerance: TimeInterval = 5 * 60

    /// The instant `text` names under plan key `key`, or nil when blank; refused when it is not
    /// ISO 8601 with an offset, later than `now` plus the tolerance, or before the trip's first
    /// day began anywhere on Earth (UTC+14: no zone may be told it is too early).
    public static func instant(_ text: String?, key: String, trip d: Delegation, now: Date) throws(FieldProblems) -> Date? {
        guard let raw = text?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let instant = parse(raw) else { throw refusal(key, .badDeviceTime(String(raw.prefix(40)))) }
        if instant > now.addingTimeInterval(tolerance) { throw refusal(key, .deviceTimeInFuture(raw)) }
        let firstDay = Date(timeIntervalSince1970: TimeInterval(d.start.dayNumber) * 86400 - 14 * 3600)
        if instant < firstDay { throw refusal(key, .deviceTimeBeforeTrip(raw, start: d.start)) }
        return instant
    }

    /// `2025-09-01T10:30:00+09:00`, `…T01:30:00.123Z`: the forms `Date.toISOString` and a
    /// local clock with its offset give; an offset is required.
    static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    private static func refusal(_ key: String, _ problem: PlanValueProblem) -> FieldProblems {
        FieldProblems([FieldProblem(key: key, kind: .plan(.value(problem)))])
    }
}
