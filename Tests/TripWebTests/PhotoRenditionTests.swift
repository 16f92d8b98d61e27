import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripModel
import TripReport

@testable import TripWeb

/// Phones get downscaled photos (issue 11): every route that serves a stored photo or clipping
/// image sends a JPEG copy (1600 px, or 640 px with `?size=thumb`), made once and cached by
/// content hash and size; `?original=1` sends the file as logged, as a download.
@Suite struct PhotoRenditionTests {
    /// A 3200×2400 camera-like JPEG (grain, so it is large), turned by EXIF `orientation`.
    static func largePhoto(orientation: Int = 1, variant: Int = 3) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-photo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.jpg")
        try SyntheticPhoto.write(to: file, width: 3200, height: 2400, orientation: orientation, variant: variant)
        return try Data(contentsOf: file)
    }

    /// The width and height an image decodes to (after its EXIF orientation).
    static func size(of data: ByteBuffer) throws -> (width: Int, height: Int) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("served-\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(buffer: data).write(to: file)
        return try PhotoProcessor.dimensions(of: file)
    }

    /// Uploads `data` as a photo of `fgn` and returns its id and stored path.
    static func upload(_ data: Data, _ h: WebHarness, _ client: any TestClientProtocol) async throws -> (id: Int64, file: String) {
        var browser = Browser()
        let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
        let response = try await browser.postMultipart(
            "/d/kyushu-2025/e/fgn/photos",
            fields: ["csrf": Browser.csrf(in: page)],
            files: [("photos", "IMG_0412.jpg", data)],
            client
        )
        #expect(response.status == .seeOther)
        let photo = try #require(try await h.database.delegation("kyushu-2025").events.first { $0.id == "fgn" }?.photos.first { $0.file != nil })
        return (try #require(photo.id), try #require(photo.file))
    }

    /// The cached copies of one size in the harness's photo cache.
    static func cached(_ h: WebHarness, edge: Int) -> [URL] {
        let folder = h.folder.appendingPathComponent("cache")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("-\(edge)-q85.jpg") }.map { folder.appendingPathComponent($0) }
    }

    @Test func theDefaultPhotoIsAJPEGOf1600PxFarSmallerThanALargeOriginal() async throws {
        let h = try WebHarness.make()
        let original = try Self.largePhoto()
        try await h.run { client in
            let photo = try await Self.upload(original, h, client)
            let response = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "image/jpeg")
            #expect(response.body.readableBytes * 2 < original.count)
            let size = try Self.size(of: response.body)
            #expect(size.width == 1600 && size.height == 1200)
            #expect(response.headers[.contentDisposition] == nil)
        }
    }

    @Test func theThumbnailHas640PxAndTheCameraTurnApplied() async throws {
        let h = try WebHarness.make()
        // Orientation 6: stored 3200 wide, shown 2400 wide and 3200 tall.
        let original = try Self.largePhoto(orientation: 6)
        try await h.run { client in
            let photo = try await Self.upload(original, h, client)
            let response = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)?size=thumb", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "image/jpeg")
            let size = try Self.size(of: response.body)
            #expect(size.width == 480 && size.height == 640)
        }
    }

    @Test func theOriginalLinkSendsTheExactBytesAsADownload() async throws {
        let h = try WebHarness.make()
        let original = try Self.largePhoto()
        try await h.run { client in
            let photo = try await Self.upload(original, h, client)
            let page = try await client.execute(uri: "/d/kyushu-2025/e/fgn", method: .get)
            let link = "/d/kyushu-2025/photo/\(photo.id)?original=1&amp;v="
            #expect(String(buffer: page.body).contains(link) && String(buffer: page.body).contains("原始檔"))
            let response = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)?original=1", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "image/jpeg")
            #expect(Data(buffer: response.body) == original)
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"photo-\(photo.id).jpg\"")
        }
    }

    @Test func theEventPageShowsThumbnailsLinkingTheLargerCopy() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            let photo = try await Self.upload(SamplePhotos.jpeg(), h, client)
            let version = URL(fileURLWithPath: photo.file).deletingPathExtension().lastPathComponent
            let page = String(buffer: try await client.execute(uri: "/d/kyushu-2025/e/fgn", method: .get).body)
            #expect(
                page.contains(
                    "<a href=\"/d/kyushu-2025/photo/\(photo.id)?v=\(version)\"><img src=\"/d/kyushu-2025/photo/\(photo.id)?size=thumb&amp;v=\(version)\""
                )
            )
        }
    }

    @Test func aSecondRequestReadsTheCachedCopyWithoutMakingItAgain() async throws {
        let h = try WebHarness.make()
        let original = try Self.largePhoto()
        try await h.run { client in
            let photo = try await Self.upload(original, h, client)
            let first = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get)
            let made = Self.cached(h, edge: 1600)
            #expect(made.count == 1)
            let copy = try #require(made.first)
            let before = try FileManager.default.attributesOfItem(atPath: copy.path)
            try await Task.sleep(for: .milliseconds(20))
            let second = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get)
            let after = try FileManager.default.attributesOfItem(atPath: copy.path)
            #expect(Self.cached(h, edge: 1600) == made)
            #expect("\(after[.systemFileNumber] ?? "")" == "\(before[.systemFileNumber] ?? "")")
            #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
            #expect(Data(buffer: first.body) == Data(buffer: second.body))
        }
    }

    @Test func concurrentFirstRequestsBothGetTheWholeCopy() async throws {
        let h = try WebHarness.make()
        let original = try Self.largePhoto()
        try await h.run { client in
            let photo = try await Self.upload(original, h, client)
            let uri = "/d/kyushu-2025/photo/\(photo.id)"
            let responses = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for _ in 0..<4 { group.addTask { try await client.execute(uri: uri, method: .get) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.count == 4)
            for response in responses {
                #expect(response.status == .ok)
                let size = try Self.size(of: response.body)
                #expect(size.width == 1600 && size.height == 1200)
            }
            #expect(Self.cached(h, edge: 1600).count == 1)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: h.folder.appendingPathComponent("cache").path).filter {
                $0.hasPrefix(".")
            }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func aPhotoLibvipsCannotReadAtServeTimeIsSentAsItIs() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            let photo = try await Self.upload(SamplePhotos.jpeg(), h, client)
            // Damaged on disk since: a JPEG start and nothing a decoder can use.
            let damaged = Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(repeating: 0x41, count: 200)
            try damaged.write(to: h.config.location.url(ofStored: photo.file))
            let response = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "image/jpeg")
            #expect(Data(buffer: response.body) == damaged)
        }
    }

    @Test func aMatchingETagIs304AndAVersionedAddressIsCachedForGood() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            let photo = try await Self.upload(SamplePhotos.jpeg(), h, client)
            let version = URL(fileURLWithPath: photo.file).deletingPathExtension().lastPathComponent
            let plain = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get)
            #expect(plain.headers[.cacheControl] == "private, no-cache")
            let etag = try #require(plain.headers[.eTag])
            let again = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0 && again.headers[.eTag] == etag)
            let pinned = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)?size=thumb&v=\(version)", method: .get)
            #expect(pinned.headers[.cacheControl] == "private, max-age=31536000, immutable")
            #expect(pinned.headers[.eTag] != etag)
            let stale = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)?v=0000000000000000", method: .get)
            #expect(stale.headers[.cacheControl] == "private, no-cache")
        }
    }

    @Test func anImageAddressWithAnUnknownParameterValueIs400() async throws {
        let h = try WebHarness.make()
        try await h.run { client in
            let photo = try await Self.upload(SamplePhotos.jpeg(), h, client)
            for query in ["size=huge", "original=yes", "size=thumb&original=1", "v=../x", "v=ABC"] {
                let response = try await client.execute(uri: "/d/kyushu-2025/photo/\(photo.id)?\(query)", method: .get)
                #expect(response.status == .badRequest, "\(query)")
                #expect(String(buffer: response.body).contains("size=thumb"), "\(query)")
            }
        }
    }

    @Test func aClippingImageIsDownscaledWithItsOriginalOnRequest() async throws {
        let h = try WebHarness.make()
        let original = try Self.largePhoto(variant: 5)
        let clipping = try #require(try await h.database.delegation("kyushu-2025").press.first)
        try await h.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/press", client)
            let posted = try await browser.postMultipart(
                "/d/kyushu-2025/press/\(clipping.id)/image",
                fields: ["csrf": Browser.csrf(in: page)],
                files: [("image", "shot.jpg", original)],
                client
            )
            #expect(posted.status == .seeOther)
            let list = String(buffer: try await browser.get("/d/kyushu-2025/press", client).body)
            #expect(list.contains("/d/kyushu-2025/press/\(clipping.id)/image?size=thumb&amp;v=") && list.contains("原始檔"))
            let thumb = try await browser.get("/d/kyushu-2025/press/\(clipping.id)/image?size=thumb", client)
            let thumbSize = try Self.size(of: thumb.body)
            #expect(thumb.headers[.contentType] == "image/jpeg" && thumbSize.width == 640)
            let view = try await browser.get("/d/kyushu-2025/press/\(clipping.id)/image", client)
            let viewSize = try Self.size(of: view.body)
            #expect(viewSize.width == 1600 && view.body.readableBytes * 2 < original.count)
            let full = try await browser.get("/d/kyushu-2025/press/\(clipping.id)/image?original=1", client)
            #expect(Data(buffer: full.body) == original && full.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
        }
    }
}
