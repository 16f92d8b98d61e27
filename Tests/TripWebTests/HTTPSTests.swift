import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Behind HTTPS (`serve --public-url https://…`): Secure cookies, HSTS, https feed links and a
/// configurable session length (issue 11).
@Suite struct HTTPSTests {
    static func harness(publicURL: String?, sessionDays: Double = 30) throws -> WebHarness {
        let plain = try WebHarness.make(auth: true)
        var config = plain.config
        config.publicURL = publicURL.flatMap(URL.init(string:))
        config.sessionLength = sessionDays * 86400
        return WebHarness(database: plain.database, config: config, folder: plain.folder)
    }

    @Test("over https every cookie is Secure and every response carries HSTS")
    func httpsCookiesAreSecureWithHSTS() async throws {
        let harness = try Self.harness(publicURL: "https://trips.example.gov.tw/")
        try await harness.run { client in
            let page = try await client.execute(uri: "/signin", method: .get)
            #expect(page.headers[.strictTransportSecurity] == "max-age=31536000")
            let cookies = page.headers[values: .setCookie]
            #expect(!cookies.isEmpty)
            #expect(cookies.allSatisfy { $0.contains("Secure") }, "\(cookies)")
            let (_, code) = try await harness.database.addUserWithSignInCode(name: "承辦人", role: .organiser)
            var browser = Browser()
            let form = try await browser.get("/signin", client)
            let signedIn = try await browser.post("/signin", form: browser.formBody(["code": code, "next": "/"], csrfFrom: form), client)
            let session = signedIn.headers[values: .setCookie].first { $0.hasPrefix(SessionMiddleware.sessionCookie + "=") }
            #expect(session?.contains("Secure") == true, "\(session ?? "no session cookie")")
        }
    }

    @Test("without a public https address there is no HSTS and cookies are not Secure")
    func plainHTTPHasNoHSTS() async throws {
        try await Self.harness(publicURL: nil).run { client in
            let page = try await client.execute(uri: "/signin", method: .get)
            #expect(page.headers[.strictTransportSecurity] == nil)
            #expect(!page.headers[values: .setCookie].contains { $0.contains("Secure") })
        }
    }

    @Test("a feed link is written with the public address")
    func feedLinkUsesThePublicAddress() async throws {
        let harness = try Self.harness(publicURL: "https://trips.example.gov.tw/")
        try await harness.run { client in
            var organiser = try await harness.signedIn("承辦人", role: .organiser, client: client)
            let page = try await organiser.get("/d/kyushu-2025/calendar", client)
            let made = try await organiser.post("/d/kyushu-2025/calendar", form: organiser.formBody(["member": "yeh"], csrfFrom: page), client)
            #expect(made.text.contains(#"value="https://trips.example.gov.tw/calendar/"#))
        }
    }

    @Test("the session lasts as long as configured")
    func sessionLengthIsConfigurable() async throws {
        let harness = try Self.harness(publicURL: nil, sessionDays: 2)
        try await harness.run { client in
            let (_, code) = try await harness.database.addUserWithSignInCode(name: "承辦人", role: .organiser, now: harness.config.now())
            var browser = Browser()
            let form = try await browser.get("/signin", client)
            let signedIn = try await browser.post("/signin", form: browser.formBody(["code": code, "next": "/"], csrfFrom: form), client)
            let session = signedIn.headers[values: .setCookie].first { $0.hasPrefix(SessionMiddleware.sessionCookie + "=") } ?? ""
            #expect(session.contains("Max-Age=172800"), "\(session)")
        }
    }
}
