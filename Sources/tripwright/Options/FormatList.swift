import ArgumentParser
import TripApp
import TripModel

/// `--format odt,docx,pdf`: report formats, comma-separated (`markdown` is `md`). Names that
/// are not formats are kept to be refused, in the user's language, by the command's `validate`.
struct FormatList: ExpressibleByArgument, Sendable {
    /// The formats named, in order.
    var formats: [ReportFormat]
    /// The names that are not formats.
    var unknown: [String]

    init?(argument: String) {
        formats = []
        unknown = []
        for part in argument.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            if let format = ReportFormat(rawValue: name == "markdown" ? "md" : name) {
                if !formats.contains(format) { formats.append(format) }
            } else {
                unknown.append(String(part))
            }
        }
    }

    /// Every format, in the order they are written by default.
    static let all = FormatList(formats: [.odt, .docx, .pdf, .html, .md], unknown: [])

    private init(formats: [ReportFormat], unknown: [String]) {
        self.formats = formats
        self.unknown = unknown
    }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    /// Why the list cannot be used, or nil.
    var problem: LocalizedText? {
        let valid = ReportFormat.allCases.map(\.rawValue).joined(separator: ",")
        if let name = unknown.first {
            return LocalizedText(zh: "沒有「\(name)」格式；可用：\(valid)。", en: "unknown format '\(name)'; use any of: \(valid)")
        }
        if formats.isEmpty { return LocalizedText(zh: "請至少指定一種格式：\(valid)。", en: "name at least one format: \(valid)") }
        return nil
    }
}
