import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body (RFC 7578) with vapor's MultipartKit as it streams in,
/// refusing it as soon as it passes the upload limit (413) and when it is not well formed (400).
/// A part with a file name is a file (an empty one, what a browser sends when no file was
/// chosen, is left out); any other named part is a field.
enum MultipartForm {
    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(of contentType: String) -> String? {
        parameter("boundary", in: contentType).flatMap { $0.isEmpty || $0.count > 200 ? nil : $0 }
    }

    /// The fields and files of a body, read chunk by chunk.
    static func read(_ body: RequestBody, boundary: String, limit: Int) async throws -> FormData {
        let parser = MultipartParser(boundary: boundary)
        let parts = Parts()
        parser.onHeader = { name, value in parts.header(name, value) }
        parser.onBody = { buffer in parts.body(&buffer) }
        parser.onPartComplete = { parts.complete() }
        var received = 0
        for try await chunk in body {
            received += chunk.readableBytes
            guard received <= limit else { throw WebError.tooLarge(limit: limit) }
            do {
                try parser.execute(chunk)
            } catch {
                throw WebError.unreadableForm
            }
        }
        // A body cut short leaves a part unfinished; one with no part at all is not a form.
        guard !parts.pending, !parts.done.isEmpty else { throw WebError.unreadableForm }
        return form(of: parts.done)
    }

    /// The form the parts make.
    static func form(of parts: [MultipartPart]) -> FormData {
        var form = FormData()
        for part in parts {
            guard let name = part.name else { continue }
            let disposition = part.headers.first(name: "Content-Disposition") ?? ""
            let data = Data(part.body.readableBytesView)
            if let fileName = parameter("filename", in: disposition) {
                if !data.isEmpty { form.files.append(UploadedFile(field: name, fileName: fileName, data: data)) }
            } else {
                form.fields[name, default: []].append(String(decoding: data, as: UTF8.self))
            }
        }
        return form
    }

    /// A parameter of a header value (`filename` of `form-data; name="photos"; filename="a.jpg"`),
    /// without its quotes.
    static func parameter(_ key: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let kv = item.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            return kv[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The parts as the parser completes them (the parser's callbacks run on the reading task).
    private final class Parts {
        private var headers = HTTPHeaders()
        private var buffer = ByteBuffer()
        /// True while a part has begun and not ended.
        private(set) var pending = false
        /// The parts completed, in order.
        private(set) var done: [MultipartPart] = []

        func header(_ name: String, _ value: String) {
            headers.add(name: name, value: value)
            pending = true
        }

        func body(_ chunk: inout ByteBuffer) {
            buffer.writeBuffer(&chunk)
            pending = true
        }

        func complete() {
            done.append(MultipartPart(headers: headers, body: buffer))
            headers = HTTPHeaders()
            buffer = ByteBuffer()
            pending = false
        }
    }
}
