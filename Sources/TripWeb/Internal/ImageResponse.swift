import Foundation
import Hummingbird
import TripApp

/// The response for a stored image (a logged photo, a clipping's image): its type, an ETag from
/// its content-hash name (a matching `If-None-Match` is 304 without the body), cached for good
/// when the address names the stored file's version, else revalidated each time (the photo's file
/// may be replaced under the same id); the original as a download with its file name.
enum ImageResponse {
    static func make(_ image: ReadStoredFile.Output, asked: ImageRequest, request: Request) -> Response {
        var headers: HTTPFields = [.contentType: image.mediaType]
        let pinned = asked.version != nil && asked.version == image.version
        headers[.cacheControl] = pinned ? "private, max-age=31536000, immutable" : "private, no-cache"
        let etag = image.tag.map { "\"\($0)\"" }
        if let etag { headers[.eTag] = etag }
        if asked.wantsOriginal { headers[.contentDisposition] = "attachment; filename=\"\(image.fileName)\"" }
        if let etag, let sent = request.headers[.ifNoneMatch], matches(sent, etag) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: image.data)))
    }

    /// True when an `If-None-Match` value (`*`, or tags separated by commas, weak or strong)
    /// names `etag`.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let tag = part.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == "W/" + etag
        }
    }
}
