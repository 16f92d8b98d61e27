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

    /// Short name shown beside a time, e.g. `JST`, `EDT`, or `UTC+9` when neither the system
    /// (Linux gives only `GMT+9`) nor the table of common zones has one.
    public func abbreviation(at instant: Date) -> String {
        let tz = timeZone
        if let abbr = tz.abbreviation(for: instant), !abbr.hasPrefix("GMT"), !abbr.hasPrefix("UTC") { return abbr }
        if let names = Zone.commonAbbreviations[identifier] {
            return tz.isDaylightSavingTime(for: instant) ? names.daylight : names.standard
        }
        return Zone.offsetLabel(seconds: tz.secondsFromGMT(for: instant))
    }

    /// Standard and daylight abbreviations of zones delegations often visit (the tz database's
    /// own abbreviations, which Foundation on Linux does not expose).
    static let commonAbbreviations: [String: (standard: String, daylight: String)] = [
        "Asia/Taipei": ("CST", "CDT"), "Asia/Tokyo": ("JST", "JDT"), "Asia/Seoul": ("KST", "KDT"),
        "Asia/Shanghai": ("CST", "CDT"), "Asia/Hong_Kong": ("HKT", "HKST"), "Asia/Singapore": ("SGT", "SGT"),
        "Asia/Manila": ("PHT", "PHST"), "Asia/Bangkok": ("ICT", "ICT"), "Asia/Ho_Chi_Minh": ("ICT", "ICT"),
        "Asia/Jakarta": ("WIB", "WIB"), "Asia/Kuala_Lumpur": ("MYT", "MYT"), "Asia/Kolkata": ("IST", "IST"),
        "America/New_York": ("EST", "EDT"), "America/Chicago": ("CST", "CDT"), "America/Denver": ("MST", "MDT"),
        "America/Phoenix": ("MST", "MST"), "America/Los_Angeles": ("PST", "PDT"), "America/Anchorage": ("AKST", "AKDT"),
        "Pacific/Honolulu": ("HST", "HST"), "America/Toronto": ("EST", "EDT"), "America/Vancouver": ("PST", "PDT"),
        "Europe/London": ("GMT", "BST"), "Europe/Paris": ("CET", "CEST"), "Europe/Berlin": ("CET", "CEST"),
        "Europe/Amsterdam": ("CET", "CEST"), "Europe/Rome": ("CET", "CEST"), "Europe/Madrid": ("CET", "CEST"),
        "Europe/Brussels": ("CET", "CEST"), "Europe/Vienna": ("CET", "CEST"), "Europe/Prague": ("CET", "CEST"),
        "Australia/Sydney": ("AEST", "AEDT"), "Australia/Melbourne": ("AEST", "AEDT"), "Australia/Brisbane": ("AEST", "AEST"),
        "Australia/Perth": ("AWST", "AWST"), "Pacific/Auckland": ("NZST", "NZDT"), "UTC": ("UTC", "UTC"),
    ]

    /// Offset from UTC in seconds at an instant.
    public func offset(at instant: Date) -> Int { timeZone.secondsFromGMT(for: instant) }

    /// `UTC+9`, `UTC-4`, `UTC+5:30`.
    public static func offsetLabel(seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let h = abs(seconds) / 3600
        let m = (abs(seconds) % 3600) / 60
        return m == 0 ? "UTC\(sign)\(h)" : String(format: "UTC%@%d:%02d", sign, h, m)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let zone = Zone(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown time zone \(text)"
                )
            )
        }
        self = zone
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(identifier)
    }
}
