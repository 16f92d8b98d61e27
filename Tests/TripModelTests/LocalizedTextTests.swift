import Foundation
import Testing
import TripModel

/// One type for a message in both languages: every coded value, label and error of TripModel
/// is written as a `LocalizedText` where its words are.
@Suite struct LocalizedTextTests {
    /// Every case of a coded value: named in both languages, and found again by either name.
    func checkNames<T: CodedValue>(_ type: T.Type) {
        for value in T.allCases {
            #expect(!value.name.zh.isEmpty && !value.name.en.isEmpty, "\(value)")
            #expect(value.name(.zh) == value.zh && value.name(.en) == value.en)
            #expect(T.named(value.zh) == value && T.named(value.en) == value && T.named(value.rawValue) == value, "\(value)")
        }
    }

    @Test("every coded value is named in zh-Hant and English, and is found again by either name")
    func codedValuesNameThemselves() {
        checkNames(TripCategory.self)
        checkNames(EventKind.self)
        checkNames(TransportMode.self)
        checkNames(MemberRole.self)
        checkNames(DelegationStatus.self)
        checkNames(FollowUpStatus.self)
        checkNames(BodyType.self)
        checkNames(DayPart.self)
        checkNames(OpeningDay.self)
        #expect(EventKind.call.name == LocalizedText(zh: "拜會", en: "Courtesy call"))
        #expect(FollowUpStatus.dropped.name(.en) == "Dropped")
    }

    @Test("an event's contact lines read wholly in each language")
    func contactLines() throws {
        let day = try #require(LocalDate(iso: "2025-09-02"))
        var event = Event(id: "e", kind: .call, title: "拜會", start: Moment(date: day, zone: .taipei))
        event.remark = "請提早\n十分鐘"
        event.phone = "+82-2-1234"
        event.liaison = Contact(name: "金敏智", title: "主任", phone: "+82-10-1", email: nil)
        let d = Delegation(id: "t", title: "測試", category: .visit, agency: "局", homeID: "home", start: day, end: day)
        #expect(DelegationLabels(delegation: d, lang: .zh).contacts(event) == ["備註：請提早 十分鐘", "電話：+82-2-1234", "聯絡人：金敏智主任 +82-10-1"])
        #expect(DelegationLabels(delegation: d, lang: .en).contacts(event) == ["Remark: 請提早 十分鐘", "Phone: +82-2-1234", "Liaison: 金敏智 (主任) +82-10-1"])
    }

    @Test("a time the clocks skip is worded in each language")
    func skippedTimeInBothLanguages() throws {
        let day = try #require(LocalDate(iso: "2026-03-08"))
        let time = try #require(LocalTime(text: "02:30"))
        let error = TimeError.nonexistent(day, time, try #require(Zone("America/New_York")))
        #expect(error.text(.zh).contains("日光節約時間") && error.text(.zh).contains("略過 60 分鐘"))
        #expect(error.text(.en).contains("skipping 60 minutes"))
    }

    @Test("bytes are written as lower-case hex, two digits each")
    func hex() {
        #expect(Hex.lowercase([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.lowercase([UInt8]()) == "")
    }

    @Test("a rule name turns off all its codes, a former name its successor's, an unknown name nothing")
    func switchedOff() {
        let settings = CheckSettings(disabled: ["bounds", "closed-days", "overlap", "no-such-rule"])
        #expect(settings.switchedOff == Set(CheckRule.bounds.codes + [.closedDay, .overlap]))
        #expect(Acknowledgement(code: "closed-day", item: "x", reason: "y").diagnosticCode == .closedDay)
        #expect(Acknowledgement(code: "closed-days", item: "x", reason: "y").diagnosticCode == nil)
    }

    @Test("every mode but an unknown one has its pair of buffer thresholds")
    func buffersByMode() {
        #expect(Threshold.buffers(for: .flight)?.before == .bufferFlightBefore)
        #expect(Threshold.buffers(for: .walk)?.after == .bufferOtherAfter)
        #expect(Threshold.buffers(for: .unknown) == nil)
        #expect(TransportMode.allCases.filter { Threshold.buffers(for: $0) == nil } == [.unknown])
    }
}
