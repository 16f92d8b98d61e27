import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripStore

@testable import TripWeb

/// HEAD on every GET route, and the one redirect guard.
@Suite struct HeadAndRedirectTests {
    /// Every `router.get` path in the web app's sources, so a new route cannot miss this test.
    static func getRoutes() throws -> Set<String> {
        let folder = WebHarness.repo.appendingPathComponent("Sources/TripWeb")
        var routes: Set<String> = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            var rest = text[...]
            while let r = rest.range(of: #"router.get(""#) {
                let after = rest[r.upperBound...]
                if let end = after.firstIndex(of: "\"") { routes.insert(String(after[..<end])) }
                rest = after
            }
        }
        return routes
    }

    @Test func headAnswersLikeGetWithoutABodyOnEveryGetRoute() async throws {
        let harness = try WebHarness.make()
        let d = try await harness.database.delegation("kyushu-2025")
        let photo = d.events.flatMap(\.photos).first { $0.file != nil }?.id ?? 0
        let press = d.press.first { $0.image != nil }?.id ?? d.press.first?.id ?? "none"
        let token = try await harness.database.addCalendarToken(delegation: d.id, member: nil)
        let member = d.members[0].id
        let samples: [String: String] = [
            "/": "/", "/healthz": "/healthz", "/signin": "/signin", "/today": "/today", "/plan": "/plan",
            "/static/:name": "/static/app.css", "/calendar/:token": "/calendar/\(token).ics",
            "/d/:trip": "/d/kyushu-2025", "/d/:trip/schedule": "/d/kyushu-2025/schedule", "/d/:trip/today": "/d/kyushu-2025/today",
            "/d/:trip/calendar": "/d/kyushu-2025/calendar", "/d/:trip/e/:event": "/d/kyushu-2025/e/fgn",
            "/d/:trip/e/:event/edit": "/d/kyushu-2025/e/fgn/edit", "/d/:trip/members/edit": "/d/kyushu-2025/members/edit",
            "/d/:trip/members/:member/remove": "/d/kyushu-2025/members/\(member)/remove",
            "/d/:trip/photo/:id": "/d/kyushu-2025/photo/\(photo)", "/d/:trip/plan.yaml": "/d/kyushu-2025/plan.yaml",
            "/followups": "/followups", "/d/:trip/followups": "/d/kyushu-2025/followups",
            "/d/:trip/press": "/d/kyushu-2025/press", "/d/:trip/press/:id/image": "/d/kyushu-2025/press/\(press)/image",
            "/d/:trip/report": "/d/kyushu-2025/report", "/d/:trip/report/:kind/:format": "/d/kyushu-2025/report/abstract/md",
            "/d/:trip/history": "/d/kyushu-2025/history", "/d/:trip/e/:event/history": "/d/kyushu-2025/e/fgn/history",
            "/d/:trip/preview/:kind": "/d/kyushu-2025/preview/trip", "/d/:trip/outline/:kind": "/d/kyushu-2025/outline/trip",
            "/plan/new": "/plan/new", "/places": "/places?q=FUK", "/d/:trip/add/:kind": "/d/kyushu-2025/add/leg",
            "/d/:trip/report/text": "/d/kyushu-2025/report/text",
            "/d/:trip/edit/:kind/:item": "/d/kyushu-2025/edit/leg/out", "/d/:trip/delete/:kind/:item": "/d/kyushu-2025/delete/leg/out",
            "/d/:trip/order/:date": "/d/kyushu-2025/order/2025-09-01", "/d/:trip/edit": "/d/kyushu-2025/edit",
            "/d/:trip/press/:id/edit": "/d/kyushu-2025/press/\(press)/edit", "/d/:trip/access": "/d/kyushu-2025/access",
        ]
        let routes = try Self.getRoutes()
        #expect(routes.count >= 20)
        #expect(routes.subtracting(samples.keys).isEmpty, "GET routes without a HEAD check: \(routes.subtracting(samples.keys).sorted())")
        try await harness.run { client in
            for route in routes.sorted() {
                guard let uri = samples[route] else { continue }
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == get.status, "\(uri): HEAD \(head.status), GET \(get.status)")
                #expect(head.body.readableBytes == 0, "\(uri) HEAD has a body")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(get.status != .notFound || route.contains(":id"), "\(uri) is not found")
            }
        }
    }

    @Test(arguments: [
        "/\t/evil.example/x", "/\n/evil.example", "/\r/evil.example", "//evil.example", "/\\evil.example", "/\\/evil.example",
        "\\\\evil.example", "/%2F/evil.example", "/%2f%2fevil.example", "/%5C/evil.example", "/%5c%5cevil.example", "/%09/evil.example",
        "/%0a/evil.example", "/%00", "https://evil.example/", "javascript:alert(1)", "//evil.example/%2F..", " /x", "/ /evil.example",
        "/x\u{7F}", "/\u{3002}evil.example", "/x\u{202E}", "data:text/html,x", "evil.example", "", "/%", "/%G1", "/x\"onmouseover=",
    ])
    func redirectGuardRefusesEveryFormThatLeavesTheSite(_ target: String) {
        #expect(LocalRedirect.path(target) == nil, "\(target.debugDescription) passed")
    }

    @Test(arguments: ["/", "/d/kyushu-2025/today?event=fgn", "/d/kyushu-2025/e/fgn#notes", "/d/%E4%B9%9D%E5%B7%9E/e/x", "/a/./b/../c?x=1&y=%2B"])
    func redirectGuardKeepsLocalPaths(_ target: String) {
        #expect(LocalRedirect.path(target) == target)
    }

    @Test func signInNeverRedirectsToATabSlashTarget() async throws {
        let harness = try WebHarness.make(auth: true)
        try await harness.run { client in
            for target in ["/\t/evil.example/x", "/\\evil.example", "/%2F/evil.example"] {
                let (_, code) = try await harness.database.addUserWithSignInCode(
                    name: "org-\(target.count)",
                    role: .organiser,
                    now: harness.config.now()
                )
                var browser = Browser()
                let page = try await browser.get("/signin", client)
                let response = try await browser.post("/signin", form: browser.formBody(["code": code, "next": target], csrfFrom: page), client)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/", "\(target.debugDescription) → \(response.headers[.location] ?? "")")
            }
        }
    }

    @Test func formBackTargetIsGuardedToo() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            for target in ["/\t/evil.example/x", "//evil.example", "/d/kyushu-2025/today"] {
                let response = try await browser.post(
                    "/d/kyushu-2025/e/fgn/notes",
                    form: browser.formBody(["text": "筆記", "back": target], csrfFrom: page),
                    client
                )
                let expected = target.hasPrefix("/d/") ? target : "/d/kyushu-2025/e/fgn"
                #expect(response.headers[.location] == expected)
            }
        }
    }

    @Test func tooLargeUploadIsAnsweredWithConnectionClose() async throws {
        let harness = try WebHarness.make(maxUploadBytes: 1024)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "big.jpg", Data(count: 8192))],
                client
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.connection] == "close")
        }
    }

    @Test func storeErrorPagesNeverShowServerPaths() {
        for error in [
            StoreError.diskFull(path: "/srv/tripwright/data/t.sqlite"), .readOnly(path: "/srv/tripwright/data/t.sqlite"),
            .damaged(path: "/srv/tripwright/data/t.sqlite"), .fileNotStored(path: "/srv/tripwright/data/t.files/photos/x", reason: .diskFull),
        ] {
            let web = ErrorPageMiddleware.webError(error)
            #expect(!web.message.zh.contains("/srv/") && !web.message.en.contains("/srv/"), "\(web.message.en)")
        }
        let other = ErrorPageMiddleware.webError(CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/srv/secret/file"]))
        #expect(!other.message.zh.contains("/srv/") && !other.message.en.contains("/srv/"))
    }
}
