import Foundation
import Testing
import TripModel

@testable import TripCalendar

/// A small trip: a Boston call across the US change to daylight time, an overnight flight, a stay.
func sampleTrip() throws -> Delegation {
    let taipei = Zone.taipei
    let ny = Zone("America/New_York")!
    let places = [
        Place(id: "home", name: "臺中市", country: "TW", zone: taipei),
        Place(id: "TPE", name: "桃園", country: "TW", zone: taipei, airportCode: "TPE", fromGazetteer: true),
        Place(id: "BOS", name: "波士頓", country: "US", zone: ny, airportCode: "BOS", fromGazetteer: true),
        Place(id: "hall", name: "波士頓市政府; City Hall, Boston", country: "US", zone: ny),
    ]
    let members = [
        Member(id: "wang", order: 1, unit: "局", title: "局長", name: "王大明", role: .leader),
        Member(id: "lin", order: 2, unit: "局", title: "科長", name: "林小華"),
    ]
    let d0 = LocalDate(iso: "2026-03-06")!
    let d1 = LocalDate(iso: "2026-03-07")!
    let d3 = LocalDate(iso: "2026-03-09")!
    let call = Event(
        id: "call",
        kind: .call,
        title: "拜會市長, 交換意見",
        placeID: "hall",
        start: try Moment(date: d3, time: LocalTime(text: "10:00"), zone: ny),
        end: try Moment(date: d3, time: LocalTime(text: "11:30"), zone: ny),
        participants: ["wang"],
        sequence: 2
    )
    let walk = Event(
        id: "walk",
        kind: .visit,
        title: "市區參訪",
        placeID: "hall",
        start: Moment(date: d1, zone: ny),
        end: Moment(date: LocalDate(iso: "2026-03-08")!, zone: ny)
    )
    let out = Leg(
        id: "out",
        mode: .flight,
        carrier: "長榮航空",
        number: "BR52",
        fromID: "TPE",
        toID: "BOS",
        departure: try Moment(date: d0, time: LocalTime(text: "23:40"), zone: taipei),
        arrival: try Moment(date: d1, time: LocalTime(text: "21:05"), zone: ny)
    )
    let stay = Stay(id: "hotel", placeID: "hall", checkIn: d1, checkOut: LocalDate(iso: "2026-03-11")!)
    return Delegation(
        id: "t",
        title: "測試, 行程",
        category: .visit,
        agency: "局",
        homeID: "home",
        start: d0,
        end: LocalDate(iso: "2026-03-12")!,
        members: members,
        places: places,
        events: [call, walk],
        legs: [out],
        stays: [stay]
    )
}

@Suite("iCalendar output follows RFC 5545")
struct CalendarWriterTests {
    let writer = CalendarWriter(stamp: Date(timeIntervalSince1970: 1_764_000_000))

    @Test("timed items carry the TZID of their place, each leg end its own")
    func tzids() throws {
        let text = writer.write(try sampleTrip())
        #expect(text.contains("DTSTART;TZID=America/New_York:20260309T100000\r\n"))
        #expect(text.contains("DTSTART;TZID=Asia/Taipei:20260306T234000\r\n"))
        #expect(text.contains("DTEND;TZID=America/New_York:20260307T210500\r\n"))
    }

    @Test("every zone used has a VTIMEZONE, with the daylight-saving change inside the trip")
    func vtimezones() throws {
        let text = writer.write(try sampleTrip())
        #expect(text.contains("TZID:America/New_York\r\n"))
        #expect(text.contains("TZID:Asia/Taipei\r\n"))
        #expect(text.contains("DTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"))
    }

    @Test("date-only items are all-day events whose end is the day after")
    func allDay() throws {
        let text = writer.write(try sampleTrip())
        #expect(text.contains("DTSTART;VALUE=DATE:20260307\r\nDTEND;VALUE=DATE:20260309\r\n"))
    }

    @Test("UIDs are stable and SEQUENCE is the item's")
    func uids() throws {
        let a = writer.write(try sampleTrip())
        let b = CalendarWriter(stamp: Date()).write(try sampleTrip())
        #expect(a.contains("UID:call.t@tripwright\r\nSEQUENCE:2\r\n"))
        let uidLines = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uidLines(a) == uidLines(b))
    }

    @Test("commas, semicolons and line breaks in text are escaped")
    func escaping() throws {
        let text = writer.write(try sampleTrip())
        #expect(text.contains("SUMMARY:拜會｜拜會市長\\, 交換意見\r\n"))
        #expect(text.contains("波士頓市政府\\; City Hall\\, Boston"))
        #expect(ICalText.escape("a\\b\nc") == "a\\\\b\\nc")
    }

    @Test("long lines are folded at 75 octets without splitting a character")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "臺中市政府經濟發展局", count: 10)
        let folded = ICalText.fold(line)
        let physical = folded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(physical.count > 1)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("a member's calendar leaves out items they do not take part in")
    func perMember() throws {
        let text = writer.write(try sampleTrip(), member: "lin")
        #expect(!text.contains("UID:call.t@tripwright"))
        #expect(text.contains("UID:out.t@tripwright"))
    }

    @Test("every line ends in CRLF")
    func crlf() throws {
        let text = writer.write(try sampleTrip())
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }
}
