import Foundation

/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Markdown, for review and diffs.
    case md
    /// One print-ready HTML file with its CSS.
    case html
    /// OpenDocument text (ODF 1.3), the government standard.
    case odt
    /// Office Open XML, for Word.
    case docx
    /// PDF, converted from the ODT by LibreOffice.
    case pdf

    /// Parses `odt,docx,pdf`; an unknown name is an error listing the valid ones.
    public static func list(_ text: String) throws(ReportError) -> [ReportFormat] {
        var out: [ReportFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ReportFormat(rawValue: name == "markdown" ? "md" : name) else {
                throw .unknownFormat(name)
            }
            if !out.contains(format) { out.append(format) }
        }
        return out.sorted()
    }

    /// Writing order: PDF last, since it is made from the ODT.
    public static func < (a: ReportFormat, b: ReportFormat) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}
