import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

@Suite("A plan uploaded on the web is read by the same reader, under the upload's file policy")
struct PlanUploadTests {
    func upload(_ data: Data, name: String, harness: WebHarness, client: any TestClientProtocol) async throws -> TestResponse {
        var browser = Browser()
        let page = try await browser.get("/plan", client)
        return try await browser.postMultipart("/plan", fields: ["csrf": Browser.csrf(in: page)], files: [("plan", name, data)], client)
    }

    @Test("a plan naming /etc/passwd and ../ paths is refused at those lines, and nothing is imported or copied")
    func pathsOutside() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            let data = try Data(contentsOf: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/integrity/trav.yaml"))
            let response = try await upload(data, name: "trav.yaml", harness: harness, client: client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("trav.yaml:22:"))
            #expect(response.text.contains("trav.yaml:24:"))
            await #expect(try harness.database.delegations().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: harness.config.location.files.appendingPathComponent("photos").path))
        }
    }

    @Test("a UTF-16 plan is named as UTF-16, not shown as garbage")
    func utf16() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in "tripwright: 1\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let response = try await upload(Data(bytes), name: "utf16.yaml", harness: harness, client: client)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("UTF-16"))
            #expect(!response.text.contains("\u{0}"))
        }
    }

    @Test("a photo already in the data folder may be named by a web-uploaded plan")
    func dataFolderPhoto() async throws {
        let harness = try WebHarness.make(seed: false)
        try await harness.run { client in
            let folder = harness.config.location.files.appendingPathComponent("photos/mini")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(contentsOf: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png"))
                .write(to: folder.appendingPathComponent("kept.png"))
            let yaml = try String(
                contentsOf: WebHarness.repo.appendingPathComponent("Tests/TripStoreTests/Fixtures/integrity/D06-photo-etc-passwd.yaml"),
                encoding: .utf8
            )
            .replacingOccurrences(of: "/etc/passwd", with: "photos/mini/kept.png")
            let response = try await upload(Data(yaml.utf8), name: "mini.yaml", harness: harness, client: client)
            #expect(response.status == .seeOther)
            await #expect(try harness.database.delegation("mini").events.first?.photos.count == 1)
        }
    }
}
