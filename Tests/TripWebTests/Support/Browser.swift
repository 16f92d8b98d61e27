import Foundation
import Hummingbird
import HummingbirdTesting

/// A tiny cookie-keeping client for router tests: remembers Set-Cookie values and reads the
/// CSRF token out of a page.
struct Browser: Sendable {
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")]
    }

    mutating func keep(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            guard let pair = value.split(separator: ";").first else { continue }
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { cookies[String(kv[0])] = String(kv[1]) } else if kv.count == 1 { cookies[String(kv[0])] = "" }
        }
    }

    mutating func get(_ uri: String, _ client: any TestClientProtocol) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        keep(response)
        return response
    }

    mutating func post(_ uri: String, form: String, _ client: any TestClientProtocol) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form))
        keep(response)
        return response
    }

    mutating func postMultipart(
        _ uri: String,
        fields: [String: String],
        files: [(field: String, name: String, data: Data)],
        _ client: any TestClientProtocol
    ) async throws -> TestResponse {
        let boundary = "----tripwright-test-boundary"
        var body = Data()
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8))
        }
        for f in files {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.field)\"; filename=\"\(f.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                        .utf8
                )
            )
            body.append(f.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        keep(response)
        return response
    }

    /// The CSRF token in a page's first form.
    static func csrf(in response: TestResponse) -> String {
        let html = String(buffer: response.body)
        guard let r = html.range(of: #"name="csrf" value="([0-9a-f]+)""#, options: .regularExpression) else { return "" }
        return String(html[r].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    /// A URL-encoded body with the page's CSRF token added.
    func formBody(_ fields: [String: String], csrfFrom page: TestResponse) -> String {
        var all = fields
        all["csrf"] = Browser.csrf(in: page)
        return all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
