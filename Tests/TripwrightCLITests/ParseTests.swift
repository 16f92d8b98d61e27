import ArgumentParser
import Foundation
import Testing
import TripApp
import TripModel

@testable import tripwright

/// The arguments of every command, parsed without running anything: argument-parser's first
/// level of tests (the built binary's output and its help texts are the other two).
@Suite("Parsing every command's arguments")
struct ParseTests {
    /// The command the arguments parse to.
    func parse<C: ParsableCommand>(_ args: [String], as type: C.Type) throws -> C {
        let command = try Tripwright.parseAsRoot(args)
        return try #require(command as? C, "\(args) parsed to \(Swift.type(of: command))")
    }

    /// The message argument-parser prints for arguments refused while parsing.
    func refusal(_ args: [String]) -> String {
        do {
            _ = try Tripwright.parseAsRoot(args)
            return ""
        } catch {
            return Tripwright.message(for: error)
        }
    }

    @Test func demoTakesItsOwnDatabaseLanguageAndSeed() throws {
        let demo = try parse(["demo", "--db", "d.sqlite", "--lang", "en", "--seed", "s.yaml"], as: Demo.self)
        #expect(demo.db == "d.sqlite" && demo.lang == .en && demo.seed == "s.yaml")
    }

    @Test func initTakesTheSharedOptions() throws {
        let command = try parse(["init", "--db", "x.sqlite", "--lang", "en"], as: Init.self)
        #expect(command.global.db == "x.sqlite" && command.global.lang == .en)
    }

    @Test func importTakesAPlanAndAllowOutside() throws {
        let command = try parse(["import", "plan.yaml", "--allow-outside"], as: Import.self)
        #expect(command.plan == "plan.yaml" && command.allowOutside)
        #expect(try parse(["import", "plan.yaml"], as: Import.self).allowOutside == false)
    }

    @Test func exportWritesToStandardOutputUnlessTold() throws {
        #expect(try parse(["export", "kyushu"], as: Export.self).output == nil)
        #expect(try parse(["export", "kyushu", "-o", "k.yaml"], as: Export.self).output == "k.yaml")
    }

    @Test func listAndShowTakeJSON() throws {
        #expect(try parse(["list", "--json"], as: List.self).output.json)
        let show = try parse(["show", "kyushu", "--json"], as: Show.self)
        #expect(show.trip == "kyushu" && show.output.json)
    }

    @Test func scheduleTakesAMemberAndADay() throws {
        let command = try parse(["schedule", "kyushu", "--member", "葉珀如", "--day", "2025-09-02"], as: Schedule.self)
        #expect(command.member == "葉珀如" && command.day == "2025-09-02")
    }

    @Test func scheduleRefusesADayThatIsNotADateInTheUsersLanguage() {
        #expect(refusal(["schedule", "kyushu", "--day", "2025-13-01"]).contains("--day 須為 YYYY-MM-DD"))
        #expect(refusal(["schedule", "kyushu", "--day", "x", "--lang", "en"]).contains("--day must be YYYY-MM-DD"))
    }

    @Test func checkTakesStrictJSONTodayAndAllowOutside() throws {
        let command = try parse(["check", "plan.yaml", "--strict", "--json", "--today", "2025-09-01", "--allow-outside"], as: Check.self)
        #expect(command.target == "plan.yaml" && command.strict && command.output.json && command.asOf == "2025-09-01" && command.allowOutside)
        #expect(refusal(["check", "x", "--today", "yesterday"]).contains("--today 須為 YYYY-MM-DD"))
    }

    @Test func calendarTakesAMemberAndAnOutputFile() throws {
        let command = try parse(["calendar", "kyushu", "--member", "yeh", "--output", "k.ics"], as: CalendarCommand.self)
        #expect(command.member == "yeh" && command.output == "k.ics")
    }

    @Test func logNoteTakesTextAuthorAndTime() throws {
        let command = try parse(["log", "note", "kyushu", "fgn", "筆記", "--author", "yeh", "--at", "2025-09-01 15:00"], as: LogNote.self)
        #expect(command.trip == "kyushu" && command.event == "fgn" && command.text == "筆記")
        #expect(command.author == "yeh" && command.at == "2025-09-01 15:00")
    }

    @Test func logPhotoTakesSeveralFilesAndRefusesOnesThatAreNotPhotos() throws {
        let command = try parse(["log", "photo", "kyushu", "fgn", "a.jpg", "b.HEIC", "--caption", "說明"], as: LogPhoto.self)
        #expect(command.files == ["a.jpg", "b.HEIC"] && command.caption == "說明")
        #expect(refusal(["log", "photo", "kyushu", "fgn", "notes.txt"]).contains("「notes.txt」不是照片檔"))
    }

    @Test func logPressTakesEveryFieldOfAClipping() throws {
        let command = try parse(
            [
                "log", "press", "kyushu", "--date", "2025-09-08", "--outlet", "三立", "--headline", "", "--id", "p1",
                "--url", "https://x.example", "--image", "c.jpg", "--language", "ja", "--remark", "r", "--event", "fgn",
            ],
            as: LogPress.self
        )
        #expect(command.date == "2025-09-08" && command.outlet == "三立" && command.headline == "" && command.id == "p1")
        #expect(
            command.url == "https://x.example" && command.image == "c.jpg" && command.language == "ja" && command.remark == "r"
                && command.event == "fgn"
        )
    }

    @Test func reportFormatsAreATypedListInTheDefaultOrder() throws {
        let defaults = try parse(["report", "kyushu"], as: Report.self)
        #expect(defaults.format.formats == [.odt, .docx, .pdf, .html, .md] && defaults.kind.id == "trip")
        let some = try parse(["report", "kyushu", "--format", "markdown,pdf", "--kind", "council"], as: Report.self)
        #expect(some.format.formats == [.md, .pdf] && some.kind.id == "council")
    }

    @Test func reportRefusesAnUnknownFormatAndPhotoSettingsOutOfRange() {
        #expect(refusal(["report", "kyushu", "--format", "md,doc"]).contains("沒有「doc」格式"))
        #expect(refusal(["report", "kyushu", "--format", "doc", "--lang", "en"]).contains("unknown format 'doc'"))
        #expect(refusal(["report", "kyushu", "--photo-size", "10"]).contains("--photo-size 須介於 200 與 10000 之間"))
        #expect(refusal(["report", "kyushu", "--photo-quality", "0", "--lang", "en"]).contains("--photo-quality must be 1–100"))
    }

    @Test func reportHelpListsTheBuiltInKinds() {
        let help = Tripwright.helpMessage(for: Report.self, columns: 200)
        #expect(help.contains("values: trip, council, abstract, review-form"))
    }

    @Test func serveTakesHostPortAuthAndAPinnedClock() throws {
        let command = try parse(["serve", "--host", "0.0.0.0", "--port", "9000", "--auth", "--now", "2025-09-01T10:30:00+09:00"], as: Serve.self)
        #expect(command.host == "0.0.0.0" && command.port == 9000 && command.auth && command.now == "2025-09-01T10:30:00+09:00")
        #expect(refusal(["serve", "--port", "70000"]).contains("--port 需在 1–65535"))
        #expect(refusal(["serve", "--now", "tomorrow", "--lang", "en"]).contains("--now must be ISO 8601"))
    }

    @Test func userAddTakesARoleOfTheThree() throws {
        let command = try parse(["user", "add", "葉珀如", "--role", "member"], as: UserAdd.self)
        #expect(command.name == "葉珀如" && command.role == .member)
        #expect(refusal(["user", "add", "x", "--role", "boss"]).contains("'organiser', 'member' or 'viewer'"))
        #expect(refusal(["user", "add", "a\nb", "--role", "viewer"]).contains("只能有一行"))
    }

    @Test func userListAndLanguagesParse() throws {
        #expect(try parse(["user", "list", "--lang", "en"], as: UserList.self).global.lang == .en)
        #expect(refusal(["list", "--lang", "fr"]).contains("'zh' and 'en'"))
    }

    @Test("serve takes an http(s) origin as --public-url and refuses a path, another scheme or a bare word, and session days outside 1–365")
    func servePublicURLAndSessionDays() throws {
        let command = try parse(["serve", "--public-url", "https://trips.example.gov.tw/", "--session-days", "7"], as: Serve.self)
        #expect(command.publicURL == "https://trips.example.gov.tw/" && command.sessionDays == 7)
        #expect(Serve.origin("HTTPS://Trips.Example.gov.tw")?.absoluteString == "https://trips.example.gov.tw/")
        for bad in [
            "trips.example.gov.tw", "ftp://trips.example.gov.tw/", "https://trips.example.gov.tw/app/", "https://u:p@trips.example.gov.tw/",
            "https://trips.example.gov.tw:99999/", "https://trips.example.gov.tw:0/",
        ] {
            #expect(refusal(["serve", "--public-url", bad]).contains("--public-url"), "\(bad)")
        }
        #expect(refusal(["serve", "--session-days", "0"]).contains("1–365"))
        #expect(refusal(["serve", "--session-days", "9999"]).contains("1–365"))
    }
}
