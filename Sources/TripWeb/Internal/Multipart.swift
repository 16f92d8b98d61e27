import Foundation

/// Reads a `multipart/form-data` body (RFC 7578) that has been collected with a size limit.
enum Multipart {
    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(of contentType: String) -> String? {
        for part in contentType.split(separator: ";") {
            let p = part.trimmingCharacters(in: .whitespaces)
            if p.lowercased().hasPrefix("boundary=") {
                return String(p.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// Splits the body into fields and files; nil when it is not well formed.
    static func parse(_ body: Data, boundary: String) -> FormData? {
        let delimiter = Data("--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8), headerEnd = Data("\r\n\r\n".utf8)
        var form = FormData()
        guard var cursor = body.range(of: delimiter)?.upperBound else { return nil }
        while cursor < body.endIndex {
            // After a delimiter: "--" ends the body, else CRLF then headers.
            if body[cursor...].starts(with: Data("--".utf8)) { return form }
            guard body[cursor...].starts(with: crlf) else { return nil }
            let headersStart = cursor + 2
            guard let hEnd = body.range(of: headerEnd, in: headersStart..<body.endIndex) else { return nil }
            let headers = String(decoding: body[headersStart..<hEnd.lowerBound], as: UTF8.self)
            guard let next = body.range(of: crlf + delimiter, in: hEnd.upperBound..<body.endIndex) else { return nil }
            let content = body.subdata(in: hEnd.upperBound..<next.lowerBound)
            let (name, fileName) = disposition(headers)
            if let name {
                if let fileName {
                    if !content.isEmpty { form.files.append(UploadedFile(field: name, fileName: fileName, data: content)) }
                } else {
                    form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
                }
            }
            cursor = next.upperBound
        }
        return nil
    }

    /// `name` and `filename` of a part's Content-Disposition header.
    private static func disposition(_ headers: String) -> (String?, String?) {
        var name: String?, fileName: String?
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            for item in line.split(separator: ";").dropFirst() {
                let kv = item.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let key = kv[0].trimmingCharacters(in: .whitespaces).lowercased()
                let value = kv[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if key == "name" { name = value }
                if key == "filename" { fileName = value }
            }
        }
        return (name, fileName)
    }
}
