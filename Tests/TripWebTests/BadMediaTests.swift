import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripReport
import TripStore

@testable import TripWeb

/// Media that does not decode is refused at upload, and one that breaks later never breaks a
/// report; error pages never show where the server keeps its files (issue 9 §2).
@Suite struct BadMediaTests {
    /// The 3-byte "JPEG" of cases/integrity/minimal-bad.jpg.
    static let minimalBad = Data([0xFF, 0xD8, 0xFF])

    func photos(_ harness: WebHarness) throws -> [Photo] {
        try harness.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.filter { $0.file != nil } ?? []
    }

    func storedFiles(_ harness: WebHarness) -> [String] {
        let root = harness.config.location.files
        return (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") && $0.contains(".") }
    }

    @Test func theThreeByteJPEGOfTheIssueIsRefusedAndNothingIsStored() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let before = try photos(harness).count
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "minimal-bad.jpg", Self.minimalBad)],
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("minimal-bad.jpg") && response.text.contains("無法完整解碼"))
            #expect(try photos(harness).count == before)
            #expect(storedFiles(harness).isEmpty)
        }
    }

    @Test func aPhotoCutShortIsRefusedWithTheGoodOnesOfTheSameUpload() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let good = SamplePhotos.jpeg(marker: 3)
            let cut = good.prefix(good.count / 2)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "good.jpg", good), ("photos", "cut.jpg", Data(cut))],
                client
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("cut.jpg"))
            #expect(try photos(harness).isEmpty)
            #expect(storedFiles(harness).isEmpty)
        }
    }

    @Test func somethingThatIsNotAnImageIsUnsupported() async throws {
        try await WebHarness.make().run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let pdf = Data("%PDF-1.4\n%%EOF\n".utf8)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "scan.jpg", pdf)],
                client
            )
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func aPressImageThatDoesNotDecodeIsRefusedAndNoClippingIsAdded() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            let before = try await harness.database.delegation("kyushu-2025").press.count
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/press",
                fields: ["csrf": Browser.csrf(in: page), "outlet": "工商時報", "date": "2025-09-03"],
                files: [("image", "clip.jpg", Self.minimalBad)],
                client
            )
            #expect(response.status == .unprocessableContent)
            await #expect(try harness.database.delegation("kyushu-2025").press.count == before)
            #expect(storedFiles(harness).isEmpty)
        }
    }

    @Test func reportsStillDownloadWhenStoredPhotosWereDamagedOrDeletedAfterLogging() async throws {
        let harness = try WebHarness.make()
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let upload = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(marker: 5)), ("photos", "b.jpg", SamplePhotos.jpeg(marker: 6))],
                client
            )
            #expect(upload.status == .seeOther)
            let files = try photos(harness).compactMap(\.file)
            #expect(files.count == 2)
            let first = harness.config.location.url(ofStored: files[0])
            let second = harness.config.location.url(ofStored: files[1])
            let bytes = try Data(contentsOf: first)
            try bytes.prefix(bytes.count / 2).write(to: first)
            try FileManager.default.removeItem(at: second)
            for (kind, format) in [("trip", "md"), ("trip", "html"), ("trip", "odt"), ("trip", "docx"), ("council", "odt")] {
                let response = try await browser.get("/d/kyushu-2025/report/\(kind)/\(format)", client)
                #expect(response.status == .ok, "\(kind)/\(format)")
                #expect(!response.text.contains(harness.folder.path))
            }
            let md = try await browser.get("/d/kyushu-2025/report/trip/md", client).text
            #expect(md.contains(files[0]) && md.contains(files[1]))
            #expect(md.contains("圖檔無法讀取"))
        }
    }

    @Test func aStoreFailureIsShownWithoutTheServersFolders() async throws {
        let harness = try WebHarness.make()
        // A file where the photos folder should be: storing the upload fails with an error that
        // names the full target path.
        let files = harness.config.location.files
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: files.appendingPathComponent("photos"))
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let response = try await browser.postMultipart(
                "/d/kyushu-2025/e/fgn/photos",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("photos", "a.jpg", SamplePhotos.jpeg(marker: 7))],
                client
            )
            #expect(response.status.code >= 400)
            #expect(!response.text.contains(harness.folder.path))
            #expect(!response.text.contains(FileManager.default.temporaryDirectory.path + "/"))
        }
    }

    @Test func anErrorNotWordedForUsersGivesAGeneralMessageWithoutItsText() {
        let error = CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "/srv/tripwright/files/x.jpg"])
        let web = ErrorPageMiddleware.webError(error)
        #expect(web.status == .internalServerError)
        #expect(!web.message.zh.contains("/srv") && !web.message.en.contains("/srv"))
        #expect(web.message.zh.contains("系統管理者"))
    }

    @Test func serverFoldersAreCutFromMessagesButTheFileNameStays() {
        let paths = ServerPaths(roots: ["/srv/tripwright/data", "/srv/tripwright", "/tmp"])
        #expect(paths.scrub("/srv/tripwright/data/photos/k/a.jpg: cannot be written") == "…/photos/k/a.jpg: cannot be written")
        #expect(paths.scrub("在 /tmp/tripwright-web-1/x.md 寫入失敗") == "在 …/tripwright-web-1/x.md 寫入失敗")
        #expect(paths.scrub("沒有路徑的訊息") == "沒有路徑的訊息")
    }

    @Test func reportErrorsShownOnTheWebNameNoFileAndNoProgramOutput() {
        let errors: [ReportError] = [
            .templates([TemplateProblem(file: "/srv/t/kinds/trip.json", key: "sections[0].title", line: 3, column: 7, reason: .notJSON)]),
            .conversionFailed("/tmp/tw/a.odt", "javaldx: /usr/lib/libreoffice/program/soffice.bin crashed"),
            .write("/tmp/tw/out/a.docx", .diskFull),
            .photo("/home/u/.cache/tripwright/photos", .cacheNotCreated(.permission)),
        ]
        for error in errors {
            let shown = error.publicMessage
            #expect(!shown.zh.contains("/") && !shown.en.contains("/"), "\(error.message.en)")
        }
    }
}
