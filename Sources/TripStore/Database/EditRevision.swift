import Crypto
import Foundation
import TripModel

/// The revision an edit form carries: a digest of the stored values the form shows. A save
/// whose revision no longer matches the stored row was based on values someone else has since
/// changed, and is refused (`EditConflict`) instead of overwriting them; values the form does
/// not show (people met, notes, participants) never take part, so logging never conflicts
/// with an edit.
public enum EditRevision {
    /// The revision of an event's form fields (kind, title, host, place, zone, start with its part of the day, end).
    public static func of(event e: EventEdit) -> String {
        digest([
            "event", e.kind.rawValue, e.title, e.host, e.placeID, e.start.zone.identifier,
            e.start.date.iso, millis(e.start.instant), e.start.part?.rawValue, e.end?.date.iso, millis(e.end?.instant),
        ])
    }

    /// The revision of a member's form fields (not their order).
    public static func of(member m: Member) -> String {
        digest(["member", m.id, m.unit, m.title, m.name, m.rank, m.email, m.role.rawValue])
    }

    /// The revision of a photo's caption.
    public static func of(caption: String?) -> String {
        digest(["caption", caption])
    }

    private static func millis(_ date: Date?) -> String? {
        date.map { String(Int64(($0.timeIntervalSince1970 * 1000).rounded())) }
    }

    /// 16 hex digits of SHA-256 over the parts, each marked present or absent.
    static func digest(_ parts: [String?]) -> String {
        var text = ""
        for part in parts {
            text += part.map { "+" + $0 } ?? "-"
            text += "\u{1F}"
        }
        return Hex.lowercase(SHA256.hash(data: Data(text.utf8)).prefix(8))
    }
}
