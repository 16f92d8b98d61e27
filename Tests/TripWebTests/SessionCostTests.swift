import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TripWeb

/// Routes that use neither the user nor a form pay nothing for the session (issue 14 §3).
@Suite struct SessionCostTests {
    @Test func livenessStaticFilesAndFeedsMakeNoCSRFBinding() async throws {
        try await WebHarness.make(auth: true).run { client in
            for path in ["/healthz", "/static/app.css", "/calendar/nosuch.ics"] {
                let response = try await client.execute(
                    uri: path,
                    method: .get,
                    headers: [.cookie: "tw_session=" + String(repeating: "0", count: 64)]
                )
                #expect(response.status != .seeOther, "\(path)")
                #expect(!response.headers[values: .setCookie].contains { $0.hasPrefix("tw_csrf=") }, "\(path)")
            }
        }
    }

    @Test func aPageWithAFormStillGetsItsBindingAndToken() async throws {
        try await WebHarness.make(auth: true).run { client in
            let response = try await client.execute(uri: "/signin", method: .get)
            #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("tw_csrf=") })
            #expect(Browser.csrf(in: response).count == 64)
        }
    }

    @Test func needsNoSessionNamesOnlyRoutesWithoutUserOrForm() {
        #expect(SessionMiddleware.needsNoSession("/healthz"))
        #expect(SessionMiddleware.needsNoSession("/static/app.js"))
        #expect(SessionMiddleware.needsNoSession("/calendar/abc.ics"))
        for path in ["/", "/signin", "/d/kyushu-2025", "/d/kyushu-2025/calendar", "/healthz/x", "/staticx"] {
            #expect(!SessionMiddleware.needsNoSession(path), "\(path)")
        }
    }
}
