import Foundation

/// Fields and files of a posted form (URL-encoded or multipart).
struct FormData: Sendable {
    /// Field values by name, in order posted.
    var fields: [String: [String]] = [:]
    /// Uploaded files in order posted.
    var files: [UploadedFile] = []

    /// The first value of a field, trimmed; nil when missing or blank.
    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Parses `a=1&b=x+y` (UTF-8, percent-encoded, `+` as space).
    static func urlEncoded(_ text: String) -> FormData {
        var form = FormData()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            form.fields[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }
}

/// A file from a multipart form.
struct UploadedFile: Sendable {
    /// The form field's name.
    var field: String
    /// The name the browser sent (shown to the user only, never used to store).
    var fileName: String
    /// The bytes.
    var data: Data
}
