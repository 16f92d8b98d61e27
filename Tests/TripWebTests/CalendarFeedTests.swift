import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

@Suite struct CalendarFeedTests {
    @Test func memberFeedIsServedAtItsSecretURL() async throws {
        let harness = try WebHarness.make(auth: true)
        let token = try await harness.database.addCalendarToken(delegation: "kyushu-2025", member: "yeh")
        try await harness.run { client in
            let response = try await client.execute(uri: "/calendar/\(token).ics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(response.text.hasPrefix("BEGIN:VCALENDAR"))
        }
    }

    @Test func unknownFeedTokenIsA404() async throws {
        try await WebHarness.make(auth: true).run { client in
            let response = try await client.execute(uri: "/calendar/\(String(repeating: "0", count: 48)).ics", method: .get)
            #expect(response.status == .notFound)
        }
    }

    @Test func feedTokensAreStoredHashed() throws {
        let harness = try WebHarness.make(seed: true)
        let token = try harness.database.addCalendarToken(delegation: "kyushu-2025", member: nil)
        #expect(try harness.database.calendarFeed(token: SecretToken.digest(token)) == nil)
        #expect(try harness.database.calendarFeed(token: token)?.delegation == "kyushu-2025")
        try? FileManager.default.removeItem(at: harness.folder)
    }

    @Test func memberMakesAFeedLinkOnlyForThemself() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            var member = try await harness.signedIn("葉珀如", role: .member, client: client)
            let page = try await member.get("/d/kyushu-2025/calendar", client)
            let own = try await member.post("/d/kyushu-2025/calendar", form: member.formBody(["member": "yeh"], csrfFrom: page), client)
            #expect(own.status == .ok)
            #expect(own.text.contains("/calendar/"))
            let other = try await member.post("/d/kyushu-2025/calendar", form: member.formBody(["member": "chang"], csrfFrom: page), client)
            #expect(other.status == .forbidden)
        }
    }
}
