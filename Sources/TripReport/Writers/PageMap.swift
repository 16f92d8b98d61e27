import Foundation

/// The page each heading lands on in a PDF, read with poppler's `pdftotext`, so the contents
/// of the DOCX carry real page numbers before Word updates its fields.
enum PageMap {
    /// Pages by heading anchor; empty when pdftotext is missing or nothing matched.
    static func measure(_ pdf: URL, headings: [Heading], contentsTitle: String?) -> [String: Int] {
        guard let text = pdftotext(pdf) else { return [:] }
        let pages = text.components(separatedBy: "\u{0C}").map { $0.filter { !$0.isWhitespace } }
        var result: [String: Int] = [:]
        // Start after the contents pages: the first page after the one listing the last heading.
        var page = 0
        if let title = contentsTitle?.filter({ !$0.isWhitespace }), let last = headings.last?.fullText.filter({ !$0.isWhitespace }) {
            if let tocStart = pages.firstIndex(where: { $0.contains(title) }) {
                page = pages[tocStart...].firstIndex(where: { $0.contains(last) }).map { $0 + 1 } ?? tocStart + 1
            }
        }
        for heading in headings {
            let needle = heading.fullText.filter { !$0.isWhitespace }
            var p = page
            while p < pages.count, !pages[p].contains(needle) { p += 1 }
            if p < pages.count {
                result[heading.anchor] = p + 1
                page = p
            }
        }
        return result
    }

    private static func pdftotext(_ pdf: URL) -> String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let dir = dirs.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "\(dir)/pdftotext")
        process.arguments = ["-enc", "UTF-8", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
