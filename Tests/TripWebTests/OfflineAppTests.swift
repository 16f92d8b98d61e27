import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripApp
import TripModel
import TripReport
import TripStore

@testable import TripWeb

/// The installable offline web app's server side: the manifest, its icons and the service
/// worker are served with their types to signed-out browsers too, the CSP allows them and
/// nothing more, and a note or photo sent later by the offline queue keeps the time the phone
/// logged it (validated: ISO 8601 with offset, not in the future, not before the trip).
@Suite struct OfflineAppTests {
    /// 2025-09-01 10:30 in Fukuoka: the harness's clock.
    static let now = WebHarness.fukuokaMorning

    @Test func manifestIsServedAsAWebAppManifestThatInstallsTheTodayPage() async throws {
        try await WebHarness.make(auth: true).run { client in
            let response = try await client.execute(uri: "/static/manifest.webmanifest", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/manifest+json")
            let manifest = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(manifest["name"] as? String == "出國行程")
            #expect(manifest["start_url"] as? String == "/today")
            #expect(manifest["display"] as? String == "standalone")
            let sizes = (manifest["icons"] as? [[String: Any]] ?? []).compactMap { $0["sizes"] as? String }
            #expect(sizes.contains("192x192") && sizes.contains("512x512"))
        }
    }

    @Test func manifestIconsArePNGsOfTheirStatedSize() async throws {
        try await WebHarness.make(auth: true).run { client in
            for size in [192, 512] {
                let response = try await client.execute(uri: "/static/icon-\(size).png", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                let bytes = Array(Data(buffer: response.body))
                #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
                // IHDR: width and height, big-endian, at bytes 16 and 20.
                let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
                let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == size && height == size)
            }
        }
    }

    @Test func serviceWorkerIsServedFromTheRootToASignedOutBrowserAndNeverCachedStale() async throws {
        try await WebHarness.make(auth: true).run { client in
            let response = try await client.execute(uri: "/sw.js", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(response.headers[.cacheControl] == "no-cache")
            let script = String(buffer: response.body)
            #expect(script.contains("addEventListener(\"fetch\""))
            #expect(script.contains("request.method !== \"GET\""))
        }
    }

    @Test func policyAllowsOnlyThisServersWorkerAndManifest() async throws {
        try await WebHarness.make().run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025/e/fgn", method: .get)
            let policy = response.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.contains("worker-src 'self';"))
            #expect(policy.contains("manifest-src 'self';"))
            #expect(policy.contains("script-src 'self';"))
            #expect(!policy.contains("unsafe"))
            #expect(!policy.contains("blob:"))
        }
    }

    @Test func everyPageLinksTheManifestAndHasTheOutbox() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            for path in ["/", "/d/kyushu-2025/today", "/d/kyushu-2025/e/fgn", "/d/kyushu-2025/schedule"] {
                let text = try await browser.get(path, client).text
                #expect(text.contains("<link rel=\"manifest\" href=\"/static/manifest.webmanifest\">"), "\(path)")
                #expect(text.contains("id=\"outbox\""), "\(path)")
            }
        }
    }

    @Test func noteSentLaterKeepsTheTimeThePhoneLoggedIt() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let form = browser.formBody(["text": "離線時記下的筆記", "taken": "2025-09-01T09:15:00+09:00"], csrfFrom: page)
            let response = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: form, client)
            #expect(response.status == .seeOther)
            let note = try #require(try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").last)
            #expect(note.text == "離線時記下的筆記")
            // 09:15 at UTC+9 is 00:15 UTC.
            #expect(note.createdAt == Date(timeIntervalSince1970: 1_756_685_700))
        }
    }

    @Test func queuedNoteSentTwiceBecauseItsAnswerWasLostIsStoredOnce() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
            let form = browser.formBody(["text": "只該存一次的筆記", "taken": "2025-09-01T09:15:00+09:00"], csrfFrom: page)
            #expect(try await browser.post("/d/kyushu-2025/e/fgn/notes", form: form, client).status == .seeOther)
            #expect(try await browser.post("/d/kyushu-2025/e/fgn/notes", form: form, client).status == .seeOther)
            let notes = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn")
            #expect(notes.count == before + 1)
            // Typed twice live (no phone time), the same text is two notes, as before.
            let live = browser.formBody(["text": "只該存一次的筆記"], csrfFrom: page)
            _ = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: live, client)
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").count == before + 2)
        }
    }

    @Test func noteLoggedByAnOrganiserLaterIsStillTheirs() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var organiser = try await harness.signedIn("林主辦", role: .organiser, client: client)
            let page = try await organiser.get("/d/kyushu-2025/e/fgn", client)
            let form = organiser.formBody(["text": "主辦離線筆記", "taken": "2025-09-01T09:15:00+09:00"], csrfFrom: page)
            #expect(try await organiser.post("/d/kyushu-2025/e/fgn/notes", form: form, client).status == .seeOther)
            let note = try #require(try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").last)
            #expect(note.author == "林主辦")
        }
    }

    @Test(arguments: [
        ("2025-09-01T10:45:00+09:00", "晚於現在"),
        // 30 Aug 08:00 at UTC+9 is before 31 Aug began even at UTC+14.
        ("2025-08-30T08:00:00+09:00", "早於出國首日（114 年 8 月 31 日）"),
        ("2025-09-01T09:15:00", "ISO 8601"),
        ("昨天早上", "ISO 8601"),
    ])
    func noteWithAnImplausiblePhoneTimeIsRefusedWithTheFixAndNotStored(taken: String, message: String) async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
            let form = browser.formBody(["text": "時間有誤的筆記", "taken": taken], csrfFrom: page)
            let response = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: form, client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("記錄時間：「"))
            #expect(response.text.contains(message))
            #expect(response.text.contains("class=\"field-error\""))
            // What was typed is shown again, not lost.
            #expect(response.text.contains("時間有誤的筆記"))
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").count == before)
        }
    }

    @Test func phoneClockAFewMinutesAheadIsAccepted() async throws {
        let harness = try WebHarness.make()
        defer { try? FileManager.default.removeItem(at: harness.folder) }
        let d = try await harness.database.delegation("kyushu-2025")
        let ahead = try DeviceTime.instant("2025-09-01T01:34:00.250Z", key: "taken", trip: d, now: Self.now)
        #expect(ahead == Date(timeIntervalSince1970: 1_756_690_440.25))
        #expect(throws: FieldProblems.self) { try DeviceTime.instant("2025-09-01T01:36:00Z", key: "taken", trip: d, now: Self.now) }
        #expect(try DeviceTime.instant("  ", key: "taken", trip: d, now: Self.now) == nil)
    }

    @Test func refusedPhoneTimeSpeaksEnglishWhenAsked() {
        let problem = FieldProblem(key: "taken", kind: .plan(.value(.deviceTimeInFuture("2030-01-01T00:00:00Z"))))
        let text = problem.message(label: LocalizedText(zh: "時間", en: "Time")).text(.en)
        #expect(text.hasPrefix("Time: '2030-01-01T00:00:00Z' is later than now") && text.contains("time zone"))
    }

    @Test func photoWithoutACameraClockKeepsThePhoneTime() async throws {
        let harness = try WebHarness.make()
        let jpeg = try Self.plainJPEG()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "caption": "離線照片", "taken": "2025-09-01T09:15:00+09:00"],
                files: [("photos", "offline.jpg", jpeg)],
                client
            )
            #expect(response.status == .seeOther)
            let photo = try #require(try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.last)
            #expect(photo.caption == "離線照片")
            #expect(photo.takenAt == Date(timeIntervalSince1970: 1_756_685_700))
        }
    }

    @Test func photoWithACameraClockKeepsTheCameraTime() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            _ = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "taken": "2025-09-01T09:15:00+09:00"],
                files: [("photos", "camera.jpg", SamplePhotos.jpeg(taken: "2025:09:01 10:20:00"))],
                client
            )
            let photo = try #require(try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.last)
            // The camera's 10:20 in Fukuoka, not the time the phone queued it.
            #expect(photo.takenAt == Date(timeIntervalSince1970: 1_756_689_600))
        }
    }

    @Test func photoWithAPhoneTimeInTheFutureIsRefusedAndNotStored() async throws {
        let harness = try WebHarness.make()
        let jpeg = try Self.plainJPEG()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.count
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page), "taken": "2025-09-02T09:15:00+09:00"],
                files: [("photos", "future.jpg", jpeg)],
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("晚於現在"))
            let after = try await harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.count
            #expect(after == before)
        }
    }

    /// A JPEG with no EXIF clock (a picture saved by an app, a screenshot).
    static func plainJPEG() throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("offline-photo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("plain.jpg")
        try SyntheticPhoto.write(to: file, width: 48, height: 36, variant: 7)
        return try Data(contentsOf: file)
    }
}
