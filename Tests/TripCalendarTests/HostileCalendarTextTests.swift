import Foundation
import Testing
import TripModel

@testable import TripCalendar

/// Text stored by an older version with line breaks of every kind and control characters: the
/// calendar keeps every line intact and loses no break (issue 9 §4).
@Suite("iCalendar text never breaks a content line")
struct HostileCalendarTextTests {
    let writer = CalendarWriter(stamp: Date(timeIntervalSince1970: 1_764_000_000))

    func hostileTrip() throws -> Delegation {
        var d = try sampleTrip()
        d.title = "測試\r行程\u{1B}[31m"
        d.events[0].title = "拜會\r\n市長\u{07}\u{2028}第二行\u{202E}"
        d.events[0].host = "市府\u{85}接待"
        d.legs[0].remark = "備註\u{0}含 NUL\u{FFFE}"
        return d
    }

    /// The calendar's logical lines: physical lines unfolded (RFC 5545 §3.1).
    func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test("every kind of line break is written \\n and no control character is written raw")
    func breaksAndControls() throws {
        let text = writer.write(try hostileTrip())
        let lines = unfolded(text)
        #expect(lines.contains("SUMMARY:拜會｜拜會\\n市長\u{FFFD}\\n第二行\u{FFFD}"))
        #expect(lines.contains("X-WR-CALNAME:測試\\n行程\u{FFFD}[31m"))
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:主辦／接待：市府\\n接待") })
        #expect(lines.contains { $0.contains("備註\u{FFFD}含 NUL\u{FFFD}") })
        #expect(
            !text.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\r" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                    || $0.value == 0x2028 || $0.value == 0x202E || $0.value == 0xFFFE
            }
        )
        // Every CR is part of a CRLF that ends a content line.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test("a tab stays, as RFC 5545 TEXT allows it")
    func tab() {
        #expect(ICalText.escape("a\tb") == "a\tb")
    }

    @Test("CRLF is one line break, a lone CR another")
    func carriageReturns() {
        #expect(ICalText.escape("a\r\nb\rc\n\nd") == "a\\nb\\nc\\n\\nd")
    }
}
