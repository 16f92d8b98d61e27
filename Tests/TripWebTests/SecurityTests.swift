import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

@Suite struct SecurityTests {
    @Test func postWithoutCSRFTokenIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            _ = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try await harness.database.notes(delegation: "kyushu-2025", event: "fgn").count
            let response = try await browser.post("/d/kyushu-2025/e/fgn/notes", form: "text=forged", client)
            #expect(response.status == .forbidden)
            await #expect(try harness.database.notes(delegation: "kyushu-2025", event: "fgn").count == before)
        }
    }

    @Test func csrfTokenOfAnotherBrowserIsRefused() async throws {
        try await WebHarness.make().run { client in
            var mine = Browser()
            var theirs = Browser()
            let page = try await theirs.get("/d/kyushu-2025/e/fgn", client)
            _ = try await mine.get("/d/kyushu-2025/e/fgn", client)
            let response = try await mine.post("/d/kyushu-2025/e/fgn/notes", form: mine.formBody(["text": "x"], csrfFrom: page), client)
            #expect(response.status == .forbidden)
        }
    }

    @Test func signedOutVisitorIsSentToSignIn() async throws {
        try await WebHarness.make(auth: true).run { client in
            let response = try await client.execute(uri: "/d/kyushu-2025", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.hasPrefix("/signin") == true)
        }
    }

    @Test func signInSetsAnHttpOnlySameSiteSessionCookie() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            let (_, code) = try await harness.database.addUserWithSignInCode(name: "葉珀如", role: .member, now: harness.config.now())
            var browser = Browser()
            let page = try await browser.get("/signin", client)
            let response = try await browser.post("/signin", form: browser.formBody(["code": code], csrfFrom: page), client)
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("tw_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(try await browser.get("/d/kyushu-2025", client).status == .ok)
        }
    }

    @Test func signInCodeWorksOnlyOnce() async throws {
        let harness = try WebHarness.make(auth: true)
        let (_, code) = try await harness.database.addUserWithSignInCode(name: "viewer", role: .viewer, now: harness.config.now())
        await #expect(try harness.database.signIn(code: code, now: harness.config.now()) != nil)
        await #expect(try harness.database.signIn(code: code, now: harness.config.now()) == nil)
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test func codesAndSessionsAreStoredHashed() async throws {
        let harness = try WebHarness.make(auth: true)
        let (_, code) = try await harness.database.addUserWithSignInCode(name: "viewer", role: .viewer, now: harness.config.now())
        let (token, _) = try await #require(try harness.database.signIn(code: code, now: harness.config.now()))
        await #expect(try harness.database.session(token: SecretToken.digest(token), now: harness.config.now()) == nil)
        await #expect(try harness.database.session(token: token, now: harness.config.now()) != nil)
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test func viewerCannotPostEvenWithAValidForm() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var viewer = try await harness.signedIn("viewer", role: .viewer, client: client)
            let page = try await viewer.get("/d/kyushu-2025/e/fgn", client)
            #expect(!page.text.contains("/e/fgn/notes\""))
            let response = try await viewer.post("/d/kyushu-2025/e/fgn/notes", form: viewer.formBody(["text": "forged"], csrfFrom: page), client)
            #expect(response.status == .forbidden)
        }
    }

    @Test func memberLogsOnlyOnTheirOwnDelegation() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/d/kyushu-2025/e/fgn", client)
            let ok = try await member.post("/d/kyushu-2025/e/fgn/notes", form: member.formBody(["text": "團員筆記"], csrfFrom: page), client)
            #expect(ok.status == .seeOther)
            // Someone on no delegation does not see it at all (AccessTests): the note is refused as for a trip that is not there.
            var stranger = try await harness.signedIn("路人甲", role: .member, client: client)
            #expect(try await stranger.get("/d/kyushu-2025/e/fgn", client).status == .notFound)
            let home = try await stranger.get("/", client)
            let refused = try await stranger.post("/d/kyushu-2025/e/fgn/notes", form: stranger.formBody(["text": "x"], csrfFrom: home), client)
            #expect(refused.status == .notFound)
        }
    }

    @Test func memberCannotUploadAPlan() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            #expect(try await member.get("/plan", client).status == .forbidden)
        }
    }

    @Test func repeatedFailedSignInsAreRefused() async throws {
        try await WebHarness.make(auth: true).run { client in
            var browser = Browser()
            let page = try await browser.get("/signin", client)
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<11 {
                statuses.append(try await browser.post("/signin", form: browser.formBody(["code": "WRONG-CODE"], csrfFrom: page), client).status)
            }
            #expect(statuses.first == .unauthorized)
            #expect(statuses.last == .tooManyRequests)
        }
    }

    @Test func oversizedUploadGetsAClear413Page() async throws {
        try await WebHarness.make(maxUploadBytes: 1024).run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "big.jpg", SamplePhotos.jpeg() + Data(count: 4096))],
                client
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("上傳的內容太大"))
        }
    }

    @Test func nonImageNamedJpgIsRefused() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "evil.jpg", Data("<html><script>x</script>".utf8))],
                client
            )
            #expect(response.status == .unsupportedMediaType)
            await #expect(
                try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.allSatisfy { $0.file == nil } == true
            )
        }
    }
}
