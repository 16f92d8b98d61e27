import Foundation
import GRDB
import Testing
import TripModel

@testable import TripStore

@Suite("What real plans need to say: parts of the day, unknown-mode legs, headcount, contacts, regions")
struct DetailsTests {
    @Test("a plan using every new key comes back byte for byte, and its values survive the database")
    func detailsRoundTrip() throws {
        try withTemporaryFolder { folder in
            let location = DataLocation(databasePath: folder.appendingPathComponent("t.sqlite").path)
            let db = try location.open()
            let importer = PlanImporter(location: location)
            let plan = try importer.reader.read(fileAt: fixture("details.yaml"))
            _ = try importer.importPlan(plan, into: db)
            let stored = try db.delegation("details-2026")
            #expect(comparable(stored) == comparable(plan.delegation))
            #expect(try PlanWriter().write(stored) == (try String(contentsOf: fixture("details.yaml"), encoding: .utf8)))
        }
    }

    @Test("the values of the new keys are read as written")
    func detailsValues() throws {
        let d = try readPlan(try String(contentsOf: fixture("details.yaml"), encoding: .utf8))
        #expect(d.planName == "城市交流計畫")
        #expect(d.subjects == ["觀光"])
        #expect(d.headcount == 15)
        #expect(d.travellerCount == 15)
        #expect(d.namesAndTitles == "林雅婷局長等 15 人")
        #expect(d.companions == [Companion(name: "梁光中", title: "大使", unit: "駐韓國台北代表部")])
        #expect(d.member("lin")?.phone == "+886-912-345-678")
        let call = try #require(d.events.first { $0.id == "call" })
        #expect(call.start.part == .afternoon)
        #expect(call.start.instant == nil)
        #expect(call.hostType == .government)
        #expect(call.liaison == Contact(name: "金敏智", title: "主任", phone: "+82-10-1234-5678", email: "minji@example.kr"))
        #expect(call.phone == "+82-2-2133-0001")
        #expect(call.remark == "著正式服裝；備禮品")
        #expect(call.area == "首都圈")
        let museum = try #require(d.place("museum"))
        #expect(museum.type == .venue)
        #expect(museum.openDays == [.weekend, .holidays])
        #expect(museum.closedDays == [.mon])
        let south = try #require(d.legs.first { $0.id == "south" })
        #expect(south.mode == .unknown)
        #expect(south.departBy == LocalDate(iso: "2026-05-21"))
        #expect(d.legs.first?.departure.part == .morning)
        #expect(d.stays.first?.phone == "+82-2-317-3114")
        #expect(d.stays.first?.remark == "含早餐")
    }

    @Test("phone and remark are accepted on members, events and stays (shared/cases no-remark-phone)")
    func phoneAndRemark() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/TripChecksTests/Plans/no-remark-phone.yaml"), encoding: .utf8)
        let d = try readPlan(text)
        #expect(d.member("lin")?.phone == "+886-912-345-678")
        #expect(d.events.first?.remark == "著正式服裝")
    }

    @Test("a city in Hangul resolves to the city, named by its zh-Hant name (shared/cases hangul-city)")
    func hangulCity() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/TripChecksTests/Plans/hangul-city.yaml"), encoding: .utf8)
        let d = try readPlan(text)
        #expect(d.place("cityhall")?.country == "KR")
        #expect(d.place("cityhall")?.zone.identifier == "Asia/Seoul")
        let busan = try readPlan(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: 부산"))
        #expect(busan.place("부산")?.name == "釜山")
        #expect(busan.place("부산")?.localName == "부산")
    }

    @Test("an unknown place is reported once, where it is first written, with no errors that follow from it")
    func unknownPlaceOnce() throws {
        let text = """
            tripwright: 1
            id: once
            title: 測試
            category: 訪問
            agency: 測試局
            home: 臺中市
            start: 2026-05-18
            end: 2026-05-19
            members:
            - {id: lin, unit: 測試局, title: 局長, name: 林雅婷, role: leader}
            places:
            - {id: cityhall, name: 某市政府, city: Xyzzyville}
            events:
            - {id: a, kind: 拜會, title: 甲, date: 2026-05-18, start: "10:00", end: "11:00", place: cityhall}
            - {id: b, kind: 拜會, title: 乙, date: 2026-05-18, start: "14:00", place: cityhall}
            - {id: c, kind: 拜會, title: 丙, date: 2026-05-19, start: "09:00", place: Xyzzyville}
            legs:
            - {id: out, mode: flight, from: TPE, to: cityhall, depart: "2026-05-18 08:00"}
            stays:
            - {id: h, place: cityhall, check_in: 2026-05-18, check_out: 2026-05-19}
            """
        let errors = planErrors(text)
        #expect(errors.count == 1, "\(errors.map { $0.text(.en) })")
        #expect(errors.first?.line == 12)
        guard case .unknownPlace("Xyzzyville", _)? = errors.first?.problem else {
            Issue.record("\(errors)")
            return
        }
    }

    @Test("a tz on an event with a place is an error when it differs from the place's zone, at its line and column")
    func tzDisagreeing() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  tz: America/New_York"))
        let e = try #require(errors.first)
        #expect(e.problem == .value(.zoneDisagrees(tz: "America/New_York", place: "福岡", placeZone: "Asia/Tokyo")))
        #expect(e.line == 17)
        #expect(e.text(.zh).contains("請刪除 tz"))
        #expect(planErrors(minimalPlan(eventExtra: "  tz: Asia/Tokyo")).isEmpty)
    }

    @Test("a city shared by several cities takes its region from a key, after a comma, or in Chinese")
    func regions() throws {
        for written in [
            "{name: 哈佛, city: Cambridge, region: MA}", "{name: 哈佛, city: \"Cambridge, MA\"}",
            "{name: 哈佛, city: \"Cambridge, Massachusetts\"}", "{name: 哈佛, city: \"劍橋, 麻州\"}",
        ] {
            let d = try readPlan(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: \(written)"))
            let p = try #require(d.place("visit"))
            #expect(p.zone.identifier == "America/New_York", "\(written)")
            #expect(abs((p.point?.latitude ?? 0) - 42.37) < 0.05, "\(written)")
        }
        let reference = try readPlan(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: \"Cambridge, MA\""))
        #expect(reference.place("Cambridge, MA")?.region == "MA")
        #expect(reference.place("Cambridge, MA")?.country == "US")
        let errors = planErrors(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: {name: 哈佛, city: Cambridge, region: TX}"))
        guard case let .value(.unknownRegion(region, city, candidates))? = errors.first?.problem else {
            Issue.record("\(errors)")
            return
        }
        #expect(region == "TX" && city == "Cambridge")
        #expect(candidates.contains { $0.contains("Massachusetts") })
    }

    @Test("Latin names match with or without diacritics: São Paulo and Sao Paulo")
    func diacritics() throws {
        let a = try readPlan(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: São Paulo"))
        let b = try readPlan(minimalPlan().replacingOccurrences(of: "place: 福岡", with: "place: Sao Paulo"))
        #expect(a.place("São Paulo")?.point == b.place("Sao Paulo")?.point)
        #expect(a.place("São Paulo")?.country == "BR")
    }

    @Test("new text fields go through FieldText: a line break in a one-line field is refused where it is")
    func fieldText() throws {
        let errors = planErrors(minimalPlan(eventExtra: "  area: \"大波士頓\\n地區\""))
        #expect(errors.map(\.problem) == [.text(key: "area", .lineBreak)])
        #expect(errors.first?.line == 17)
        let remark = planErrors(minimalPlan(eventExtra: "  remark: \"著正式服裝\\u001B[31m\""))
        #expect(remark.map(\.problem) == [.text(key: "remark", .controlCharacter(0x1B))])
    }

    @Test("a phone number with letters, a headcount below the members and a bad count are refused with the fix")
    func badValues() throws {
        let phone = planErrors(minimalPlan(members: "- {id: chang, unit: 測試局, title: 局長, name: 張三, role: leader, phone: call me}"))
        #expect(phone.map(\.problem) == [.value(.phone(key: "phone", value: "call me"))])
        #expect(phone.first?.text(.zh).contains("不是電話號碼") == true)
        let members = "- {id: a, unit: 局, title: 局長, name: 甲, role: leader}\n- {id: b, unit: 局, title: 科長, name: 乙}"
        let headcount = planErrors(minimalPlan(extra: "headcount: 1", members: members))
        #expect(headcount.map(\.problem) == [.value(.headcountBelowMembers(headcount: 1, members: 2))])
        #expect(planErrors(minimalPlan(extra: "headcount: many")).map(\.problem) == [.value(.badCount("many"))])
    }

    @Test("a part of the day stands for a clock time on events and legs, and a wrong one is refused")
    func dayParts() throws {
        let d = try readPlan(minimalPlan(eventExtra: "  start: 晚間"))
        #expect(d.events.first?.start.part == .evening)
        #expect(try PlanWriter().write(d).contains("start: 晚間"))
        let english = try readPlan(minimalPlan(eventExtra: "  start: afternoon"))
        #expect(english.events.first?.start.part == .afternoon)
        let leg = try readPlan(minimalPlan(extra: "legs:\n- {id: out, mode: flight, from: TPE, to: FUK, depart: 2025-09-01 深夜}"))
        #expect(leg.legs.first?.departure.part == .night)
        #expect(planErrors(minimalPlan(eventExtra: "  end: 下午")).map(\.problem) == [.badTime("下午")])
    }

    @Test("a leg's mode may be left out or unknown; depart_by must not come before depart")
    func unknownMode() throws {
        let d = try readPlan(minimalPlan(extra: "legs:\n- {id: t, from: 福岡, to: 熊本, depart: 2025-09-02, depart_by: 2025-09-03}"))
        #expect(d.legs.first?.mode == .unknown)
        #expect(try PlanWriter().write(d).contains("mode") == false)
        let bad = planErrors(minimalPlan(extra: "legs:\n- {id: t, mode: 未定, from: 福岡, to: 熊本, depart: 2025-09-02, depart_by: 2025-09-01}"))
        #expect(bad.map(\.problem) == [.value(.badDepartBy("2025-09-01"))])
    }

    @Test("a database made before v3-details migrates and keeps every leg and place")
    func migration() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("old.sqlite").path
            let queue = try DatabaseQueue(path: path)
            try TripDatabase.migrator.migrate(queue, upTo: "v2-web")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO delegation (id, title, category, agency, homeID, startDate, endDate, countries, keywords, status, updatedAt)
                          VALUES ('old', '舊計畫', 'study', '臺中市政府', 'TPE', '2025-09-01', '2025-09-03', '[]', '[]', 'planning', '2025-08-01 00:00:00');
                        INSERT INTO member (delegationId, id, position, unit, title, name, role) VALUES ('old', 'a', 1, '局', '局長', '甲', 'leader');
                        INSERT INTO place (delegationId, id, position, name, zone, fromGazetteer) VALUES ('old', 'TPE', 0, '桃園', 'Asia/Taipei', 1);
                        INSERT INTO place (delegationId, id, position, name, zone, fromGazetteer) VALUES ('old', 'FUK', 1, '福岡', 'Asia/Tokyo', 1);
                        INSERT INTO leg (delegationId, id, position, mode, fromID, toID, departDate, departZone, arriveZone, sequence)
                          VALUES ('old', 'out', 0, 'flight', 'TPE', 'FUK', '2025-09-01', 'Asia/Taipei', 'Asia/Tokyo', 3);
                        """
                )
            }
            let db = try TripDatabase.open(path: path)
            #expect(try db.appliedMigrations().contains("v3-details"))
            let d = try db.delegation("old")
            #expect(d.legs.map(\.id) == ["out"])
            #expect(d.legs.first?.mode == .flight)
            #expect(d.legs.first?.sequence == 3)
            #expect(d.places.count == 2)
            #expect(d.headcount == nil && d.companions.isEmpty)
        }
    }
}
