import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import TripWeb

/// Upload bodies are read by vapor's MultipartKit as they stream in: fields and files by name,
/// an empty file part left out, a malformed or cut body refused (400), a body past the limit
/// refused as soon as it passes it (413), whatever its Content-Length says.
@Suite struct MultipartFormTests {
    static let boundary = "----tw-boundary"

    static func body(_ parts: [String]) -> ByteBuffer {
        ByteBuffer(string: parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n")
    }

    /// The body in chunks of `size` bytes, as a network delivers it.
    static func stream(_ buffer: ByteBuffer, chunk size: Int) -> RequestBody {
        let bytes = Array(buffer.readableBytesView)
        let chunks = stride(from: 0, to: bytes.count, by: size).map { ByteBuffer(bytes: bytes[$0..<min($0 + size, bytes.count)]) }
        return RequestBody(
            asyncSequence: AsyncStream { continuation in
                for c in chunks { continuation.yield(c) }
                continuation.finish()
            }
        )
    }

    @Test func fieldsAndFilesAreReadByNameAcrossChunkBoundaries() async throws {
        let buffer = Self.body([
            "Content-Disposition: form-data; name=\"csrf\"\r\n\r\nabc",
            "Content-Disposition: form-data; name=\"caption\"\r\n\r\n與新創團隊交流",
            "Content-Disposition: form-data; name=\"photos\"; filename=\"IMG 1.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u{1}\u{2}--not-a-boundary\r\n",
        ])
        let form = try await MultipartForm.read(Self.stream(buffer, chunk: 7), boundary: Self.boundary, limit: 1 << 20)
        #expect(form.fields["csrf"] == ["abc"] && form["caption"] == "與新創團隊交流")
        #expect(form.files.count == 1 && form.files.first?.field == "photos" && form.files.first?.fileName == "IMG 1.jpg")
        #expect(form.files.first?.data == Data("\u{1}\u{2}--not-a-boundary\r\n".utf8))
    }

    @Test func anEmptyFilePartIsLeftOut() async throws {
        let buffer = Self.body([
            "Content-Disposition: form-data; name=\"photos\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n",
            "Content-Disposition: form-data; name=\"caption\"\r\n\r\nc",
        ])
        let form = try await MultipartForm.read(Self.stream(buffer, chunk: 1024), boundary: Self.boundary, limit: 1 << 20)
        #expect(form.files.isEmpty && form["caption"] == "c")
    }

    @Test func aBodyCutShortIsRefusedAsUnreadable() async throws {
        let whole = Array(Self.body(["Content-Disposition: form-data; name=\"caption\"\r\n\r\nc"]).readableBytesView)
        let cut = ByteBuffer(bytes: whole.dropLast(12))
        await #expect(throws: WebError.self) {
            try await MultipartForm.read(Self.stream(cut, chunk: 16), boundary: Self.boundary, limit: 1 << 20)
        }
        do {
            _ = try await MultipartForm.read(Self.stream(ByteBuffer(string: "garbage"), chunk: 16), boundary: Self.boundary, limit: 1 << 20)
            Issue.record("garbage was read as a form")
        } catch let error as WebError {
            #expect(error.status == .badRequest)
        }
    }

    @Test func aBodyPastTheLimitIsRefusedAsItStreamsIn() async throws {
        let big = Self.body(["Content-Disposition: form-data; name=\"photos\"; filename=\"a.jpg\"\r\n\r\n" + String(repeating: "x", count: 4096)])
        do {
            _ = try await MultipartForm.read(Self.stream(big, chunk: 512), boundary: Self.boundary, limit: 1024)
            Issue.record("a body past the limit was read")
        } catch let error as WebError {
            #expect(error.status == .contentTooLarge)
        }
    }

    @Test func theBoundaryComesFromTheContentTypeAndAnEmptyOneIsRefused() {
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(of: "multipart/form-data; charset=utf-8; boundary=xyz") == "xyz")
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=") == nil)
        #expect(MultipartForm.boundary(of: "multipart/form-data") == nil)
    }

    @Test func anUploadWhoseContentLengthUnderstatesItIsStillAnswered413() async throws {
        let harness = try WebHarness.make(maxUploadBytes: 64 * 1024)
        try await harness.run { client in
            var browser = Browser()
            let page = try await browser.get("/d/kyushu-2025/e/fgn", client)
            let buffer = Self.body([
                "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n\(Browser.csrf(in: page))",
                "Content-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n\r\n" + String(repeating: "x", count: 200_000),
            ])
            var headers = browser.cookieHeader
            headers[.contentType] = "multipart/form-data; boundary=\(Self.boundary)"
            // Says 1 kB, sends 200 kB: the bytes are counted as they come.
            headers[.contentLength] = "1024"
            let response = try await client.execute(uri: "/d/kyushu-2025/e/fgn/photos", method: .post, headers: headers, body: buffer)
            #expect(response.status == .contentTooLarge)
        }
    }
}
