import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripReport
import TripStore

@testable import TripWeb

/// Sixteen (or more) writers at once against one event and one delegation, through the web app
/// and the `tripwright` command on the same database file: afterwards the database holds
/// exactly what was acknowledged (a 303 on the web, exit 0 on the command line), no more, no
/// less; a stale edit is refused (409), never applied over what it did not see.
@Suite struct ConcurrencyTests {
    static let trip = "kyushu-2025"

    /// The database file of a harness made `onDisk`.
    static func dbPath(_ h: WebHarness) -> String { h.config.location.database.path }

    /// One logging route: `web` writers post `rounds` values each, `cli` commands add values too.
    static func logging(
        web: Int,
        rounds: Int,
        cli: Int = 0,
        cliRounds: Int = 2,
        harness h: WebHarness,
        post: @escaping @Sendable (inout Browser, any TestClientProtocol, String) async throws -> TestResponse,
        command: (@Sendable (String) -> [String])? = nil,
        stored: @escaping @Sendable () async throws -> [String]
    ) async throws {
        let ledger = Ledger()
        try await h.run { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for k in 0..<web {
                    group.addTask {
                        var browser = Browser()
                        for i in 0..<rounds {
                            let value = "網頁\(k)-\(i)"
                            let r = try await post(&browser, client, value)
                            if r.status == .seeOther { await ledger.add(value) } else { await ledger.refuse() }
                        }
                    }
                }
                if let command {
                    for k in 0..<cli {
                        group.addTask {
                            for i in 0..<cliRounds {
                                let value = "指令\(k)-\(i)"
                                let r = try await CommandLineTool.run(command(value))
                                if r.status == 0 { await ledger.add(value) } else { Issue.record("command refused: \(r.err)") }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let acknowledged = await ledger.values
            let kept = try await stored().filter { $0.hasPrefix("網頁") || $0.hasPrefix("指令") }
            #expect(acknowledged.count == web * rounds + (command == nil ? 0 : cli * cliRounds))
            #expect(kept.count == acknowledged.count, "stored \(kept.count) of \(acknowledged.count) acknowledged")
            #expect(Set(kept) == Set(acknowledged))
        }
    }

    static func event(_ h: WebHarness, _ id: String = "fgn") async throws -> Event {
        try #require(try await h.database.delegation(trip).events.first { $0.id == id })
    }

    @Test func notesFromTheWebAndTheCommandLineAreAllKept() async throws {
        let h = try WebHarness.make(onDisk: true)
        try await Self.logging(
            web: 12,
            rounds: 3,
            cli: 4,
            harness: h,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
                return try await browser.post("/d/kyushu-2025/e/fgn/notes", form: browser.formBody(["text": value], csrfFrom: page), client)
            },
            command: { ["log", "note", Self.trip, "fgn", $0, "--db", Self.dbPath(h)] },
            stored: { try await h.database.notes(delegation: Self.trip, event: "fgn").map(\.text) }
        )
    }

    @Test func pressClippingsFromTheWebAndTheCommandLineAreAllKept() async throws {
        let h = try WebHarness.make(onDisk: true)
        try await Self.logging(
            web: 12,
            rounds: 3,
            cli: 4,
            harness: h,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/press", client)
                return try await browser.postMultipart(
                    "/d/kyushu-2025/press",
                    fields: [
                        "csrf": Browser.csrf(in: page), "outlet": "報社",
                        "date": "2025-09-08", "headline": value,
                    ],
                    files: [],
                    client
                )
            },
            command: { ["log", "press", Self.trip, "--date", "2025-09-08", "--outlet", "報社", "--headline", $0, "--db", Self.dbPath(h)] },
            stored: {
                let press = try await h.database.delegation(Self.trip).press
                #expect(Set(press.map(\.id)).count == press.count)
                return press.compactMap(\.headline)
            }
        )
    }

    @Test func photosFromTheWebAndTheCommandLineAreAllKeptWithTheirFiles() async throws {
        let h = try WebHarness.make(onDisk: true)
        let folder = h.folder.appendingPathComponent("camera")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Distinct real JPEGs: libvips writes them with distinct sizes.
        func jpeg(_ n: Int) throws -> URL {
            let url = folder.appendingPathComponent("p\(n).jpg")
            try SyntheticPhoto.write(to: url, width: 24 + n, height: 16 + n % 5, variant: n)
            return url
        }
        let webPhotos = try (0..<24).map { try Data(contentsOf: try jpeg($0)) }
        let cliPhotos = try (0..<8).map { try jpeg(100 + $0).path }
        try await Self.logging(
            web: 12,
            rounds: 2,
            cli: 4,
            harness: h,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
                let parts = value.dropFirst(2).split(separator: "-").compactMap { Int($0) }
                let data = webPhotos[(parts.first ?? 0) * 2 + (parts.last ?? 0)]
                return try await browser.postMultipart(
                    "/d/kyushu-2025/e/fgn/photos",
                    fields: ["csrf": Browser.csrf(in: page), "caption": value],
                    files: [("photos", "p.jpg", data)],
                    client
                )
            },
            command: { value in
                let parts = value.dropFirst(2).split(separator: "-").compactMap { Int($0) }
                return [
                    "log", "photo", Self.trip, "fgn", cliPhotos[(parts.first ?? 0) * 2 + (parts.last ?? 0)], "--caption", value, "--db",
                    Self.dbPath(h),
                ]
            },
            stored: {
                let photos = try await Self.event(h).photos.filter { $0.file != nil }
                // Every row's file is there, and no file is there without its row, nor half-written.
                let stored = Set(photos.compactMap(\.file).map { URL(fileURLWithPath: $0).lastPathComponent })
                let onDisk = Set(
                    try FileManager.default.contentsOfDirectory(atPath: h.config.location.files.appendingPathComponent("photos/kyushu-2025").path)
                )
                #expect(onDisk == stored)
                return photos.compactMap(\.caption)
            }
        )
    }

    @Test func peopleMetOutcomesAndFollowUpsAreAllKept() async throws {
        let h = try WebHarness.make(onDisk: true)
        try await Self.logging(
            web: 16,
            rounds: 3,
            harness: h,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/e/tbic", client)
                return try await browser.post("/d/kyushu-2025/e/tbic/counterparts", form: browser.formBody(["name": value], csrfFrom: page), client)
            },
            stored: { try await Self.event(h, "tbic").counterparts.map(\.name) }
        )
        let o = try WebHarness.make(onDisk: true)
        try await Self.logging(
            web: 16,
            rounds: 3,
            harness: o,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/e/tbic", client)
                return try await browser.post("/d/kyushu-2025/e/tbic/outcomes", form: browser.formBody(["text": value], csrfFrom: page), client)
            },
            stored: { try await Self.event(o, "tbic").outcomes.map(\.text) }
        )
        let f = try WebHarness.make(onDisk: true)
        try await Self.logging(
            web: 16,
            rounds: 3,
            harness: f,
            post: { browser, client, value in
                let page = try await browser.get("/d/kyushu-2025/e/tbic", client)
                return try await browser.post("/d/kyushu-2025/e/tbic/followups", form: browser.formBody(["task": value], csrfFrom: page), client)
            },
            stored: { try await Self.event(f, "tbic").followUps.map(\.task) }
        )
    }

    /// The counterpart race of issue 9: people met are added while organisers save the same
    /// event's form, with notes logged from the command line at the same time.
    @Test func peopleMetSurviveEventEditsSavedAtTheSameTime() async throws {
        let h = try WebHarness.make(onDisk: true)
        let met = Ledger()
        let edits = Ledger()
        let notes = Ledger()
        try await h.run { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for k in 0..<10 {
                    group.addTask {
                        var browser = Browser()
                        for i in 0..<4 {
                            let page = try await browser.get("/d/kyushu-2025/e/tbic", client)
                            let r = try await browser.post(
                                "/d/kyushu-2025/e/tbic/counterparts",
                                form: browser.formBody(["name": "會晤者\(k)-\(i)"], csrfFrom: page),
                                client
                            )
                            if r.status == .seeOther { await met.add("會晤者\(k)-\(i)") }
                        }
                    }
                }
                for k in 0..<4 {
                    group.addTask {
                        var browser = Browser()
                        for i in 0..<4 {
                            let page = try await browser.get("/d/kyushu-2025/e/tbic/edit", client)
                            var form = EditTests.eventForm(page)
                            form["kind"] = (try? await Self.event(h, "tbic").kind.rawValue) ?? "visit"
                            form["place"] = try? await Self.event(h, "tbic").placeID
                            form["host"] = "主辦\(k)-\(i)"
                            let r = try await browser.post("/d/kyushu-2025/e/tbic/edit", form: browser.formBody(form, csrfFrom: page), client)
                            if r.status == .seeOther {
                                await edits.add("\(form["revision"] ?? "")|主辦\(k)-\(i)")
                            } else {
                                #expect(r.status == .conflict)
                            }
                        }
                    }
                }
                for k in 0..<2 {
                    group.addTask {
                        for i in 0..<2 {
                            let r = try await CommandLineTool.run(["log", "note", Self.trip, "tbic", "指令筆記\(k)-\(i)", "--db", Self.dbPath(h)])
                            if r.status == 0 { await notes.add("指令筆記\(k)-\(i)") }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let e = try await Self.event(h, "tbic")
            let metValues = await met.values
            let noteValues = await notes.values
            #expect(Set(e.counterparts.map(\.name).filter { $0.hasPrefix("會晤者") }) == Set(metValues))
            #expect(metValues.count == 40)
            // No two acknowledged edits were based on the same revision: none overwrote another unseen.
            let applied = await edits.values
            #expect(Set(applied.map { $0.split(separator: "|")[0] }).count == applied.count)
            #expect(applied.map { String($0.split(separator: "|")[1]) }.contains(e.host ?? ""))
            await #expect(Set(try h.database.notes(delegation: Self.trip, event: "tbic").map(\.text)).isSuperset(of: noteValues))
            #expect(noteValues.count == 4)
        }
    }

    @Test func captionsEachWritersLastEditIsKeptAndOneStaleEditWinsNothing() async throws {
        let h = try WebHarness.make(onDisk: true)
        // Sixteen photos on one event, one per writer.
        let folder = h.folder.appendingPathComponent("camera")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var ids: [Int64] = []
        for n in 0..<17 {
            let url = folder.appendingPathComponent("c\(n).jpg")
            try SyntheticPhoto.write(to: url, width: 30 + n, height: 20, variant: n)
            ids.append(
                try h.database.storingFiles([(.file(url), "photos/kyushu-2025")], vault: FileVault(root: h.config.location.files)) { stored in
                    try h.database.addPhoto(delegation: Self.trip, event: "fgn", file: stored[0], caption: "原\(n)", takenAt: nil)
                }
            )
        }
        let photoIDs = ids
        let last = Ledger()
        let contested = Ledger()
        try await h.run { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for k in 0..<16 {
                    group.addTask {
                        var browser = Browser()
                        let id = photoIDs[k]
                        for i in 0..<3 {
                            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
                            let current = try await Self.event(h).photos.first { $0.id == id }?.caption
                            let r = try await browser.post(
                                "/d/kyushu-2025/e/fgn/photos/\(id)/caption",
                                form: browser.formBody(["caption": "說明\(k)-\(i)", "revision": EditRevision.of(caption: current)], csrfFrom: page),
                                client
                            )
                            #expect(r.status == .seeOther)
                            if r.status == .seeOther && i == 2 { await last.add("\(id)|說明\(k)-\(i)") }
                        }
                        // All sixteen at once on the seventeenth photo, from the same revision.
                        let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
                        let r = try await browser.post(
                            "/d/kyushu-2025/e/fgn/photos/\(photoIDs[16])/caption",
                            form: browser.formBody(["caption": "搶\(k)", "revision": EditRevision.of(caption: "原16")], csrfFrom: page),
                            client
                        )
                        if r.status == .seeOther { await contested.add("搶\(k)") } else { #expect(r.status == .conflict) }
                    }
                }
                try await group.waitForAll()
            }
            let photos = try await Self.event(h).photos
            let lastValues = await last.values
            for entry in lastValues {
                let parts = entry.split(separator: "|")
                #expect(photos.first { $0.id == Int64(parts[0]) }?.caption == String(parts[1]))
            }
            #expect(lastValues.count == 16)
            let winners = await contested.values
            #expect(winners.count == 1)
            #expect(photos.first { $0.id == photoIDs[16] }?.caption == winners.first)
        }
    }

    @Test func memberRowsEditedAtOnceAreAllKeptAndOneStaleRowWinsNothing() async throws {
        let h = try WebHarness.make(onDisk: true)
        let newcomers = (0..<16).map { Member(id: "w\($0)", order: 0, unit: "局", title: "專員", name: "寫手\($0)") }
        try await h.database.saveMembers(delegation: Self.trip, edits: [], added: newcomers)
        let last = Ledger()
        let contested = Ledger()
        try await h.run { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for k in 0..<16 {
                    group.addTask {
                        var browser = Browser()
                        for i in 0..<3 {
                            // The whole form as opened now, with this writer's row changed.
                            let page = try await browser.get("/d/kyushu-2025/members/edit", client)
                            let form = try await MemberEditTests.body(h, page: page, change: ["w\(k)": ["title": "職稱\(k)-\(i)"]])
                            let r = try await browser.post("/d/kyushu-2025/members/edit", form: form, client)
                            #expect(r.status == .seeOther)
                            if r.status == .seeOther && i == 2 { await last.add("w\(k)|職稱\(k)-\(i)") }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let members = try await h.database.delegation(Self.trip).members
            let lastValues = await last.values
            for entry in lastValues {
                let parts = entry.split(separator: "|")
                #expect(members.first { $0.id == String(parts[0]) }?.title == String(parts[1]))
            }
            #expect(members.count == 20 && lastValues.count == 16)
            // Sixteen forms opened at the same moment, each changing the same row.
            let target = try await #require(try h.database.delegation(Self.trip).member("w0"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for k in 0..<16 {
                    group.addTask {
                        var browser = Browser()
                        let page = try await browser.get("/d/kyushu-2025/members/edit", client)
                        var fields = [
                            "revision": EditRevision.of(member: target), "id": "w0", "name": target.name, "title": "搶\(k)",
                            "unit": target.unit, "rank": "", "email": "", "role": "member",
                        ]
                        fields["csrf"] = Browser.csrf(in: page)
                        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(
                            separator: "&"
                        )
                        let r = try await browser.post("/d/kyushu-2025/members/edit", form: body, client)
                        if r.status == .seeOther { await contested.add("搶\(k)") } else { #expect(r.status == .conflict) }
                    }
                }
                try await group.waitForAll()
            }
            let winners = await contested.values
            #expect(winners.count == 1)
            await #expect(try h.database.delegation(Self.trip).member("w0")?.title == winners.first)
        }
    }

    @Test func eventRowsEditedAtOnceAreAllKeptWithNotesLoggedMeanwhile() async throws {
        let h = try WebHarness.make(onDisk: true)
        let events = try await h.database.delegation(Self.trip).events.filter { $0.kind != .departure && $0.kind != .return }.prefix(16).map(\.id)
        #expect(events.count == 16)
        let last = Ledger()
        let notes = Ledger()
        try await h.run { client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (k, id) in events.enumerated() {
                    group.addTask {
                        var browser = Browser()
                        for i in 0..<3 {
                            let page = try await browser.get("/d/kyushu-2025/e/\(id)/edit", client)
                            var form = EditTests.eventForm(page)
                            let e = try await Self.event(h, id)
                            form["kind"] = e.kind.rawValue
                            form["place"] = e.placeID
                            form["host"] = "接待\(k)-\(i)"
                            let r = try await browser.post("/d/kyushu-2025/e/\(id)/edit", form: browser.formBody(form, csrfFrom: page), client)
                            #expect(r.status == .seeOther, "\(id): \(r.status)")
                            if r.status == .seeOther && i == 2 { await last.add("\(id)|接待\(k)-\(i)") }
                        }
                    }
                }
                for k in 0..<4 {
                    group.addTask {
                        for i in 0..<2 {
                            let id = events[(k * 2 + i) % events.count]
                            let r = try await CommandLineTool.run(["log", "note", Self.trip, id, "指令筆記\(k)-\(i)", "--db", Self.dbPath(h)])
                            if r.status == 0 { await notes.add("\(id)|指令筆記\(k)-\(i)") }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let d = try await h.database.delegation(Self.trip)
            let lastValues = await last.values
            let noteValues = await notes.values
            for entry in lastValues {
                let parts = entry.split(separator: "|")
                #expect(d.events.first { $0.id == String(parts[0]) }?.host == String(parts[1]))
            }
            #expect(lastValues.count == 16)
            for entry in noteValues {
                let parts = entry.split(separator: "|")
                #expect(d.events.first { $0.id == String(parts[0]) }?.notes.contains { $0.text == String(parts[1]) } == true)
            }
            #expect(noteValues.count == 8)
        }
    }
}
