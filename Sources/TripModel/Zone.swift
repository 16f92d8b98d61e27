import Foundation

/// An IANA time zone such as `Asia/Tokyo`, checked against the system's zone database.
public struct Zone: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The IANA identifier.
    public let identifier: String

    /// Creates a zone, or nil when the identifier is not a known IANA zone.
    public init?(_ identifier: String) {
        guard TimeZone(identifier: identifier) != nil else { return nil }
        self.identifier = identifier
    }

    /// The Foundation time zone for computing offsets.
    public var timeZone: TimeZone {
        // The identifier was validated at construction.
        TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }

    /// The identifier.
    public var description: String { identifier }

    /// Taipei, the home zone of Taiwanese agencies.
    public static let taipei = Zone(uncheckedIdentifier: "Asia/Taipei")
    /// UTC.
    public static let utc = Zone(uncheckedIdentifier: "UTC")

    init(uncheckedIdentifier: String) { identifier = uncheckedIdentifier }

    /// Short name shown beside a time, e.g. `JST`, `EDT`, or `UTC+9` when the system has none.
    public func abbreviation(at instant: Date) -> String {
        let tz = timeZone
        if let abbr = tz.abbreviation(for: instant), !abbr.hasPrefix("GMT") { return abbr }
        return Zone.offsetLabel(seconds: tz.secondsFromGMT(for: instant))
    }

    /// Offset from UTC in seconds at an instant.
    public func offset(at instant: Date) -> Int { timeZone.secondsFromGMT(for: instant) }

    /// `UTC+9`, `UTC-4`, `UTC+5:30`.
    public static func offsetLabel(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let h = abs(seconds) / 3600, m = (abs(seconds) % 3600) / 60
        return m == 0 ? "UTC\(sign)\(h)" : String(format: "UTC%@%d:%02d", sign, h, m)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let zone = Zone(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "unknown time zone \(text)"))
        }
        self = zone
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(identifier)
    }
}
