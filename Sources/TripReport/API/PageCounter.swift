import Foundation

/// Counts the pages of a PDF with poppler's `pdfinfo` when installed, else from the page tree's
/// `/Count` (LibreOffice writes one uncompressed page tree).
enum PageCounter {
    static func pages(of pdf: URL) -> Int? {
        guard FileManager.default.fileExists(atPath: pdf.path) else { return nil }
        if let n = pdfinfo(pdf) { return n }
        guard let data = try? Data(contentsOf: pdf) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var best: Int?
        var rest = text[...]
        while let r = rest.range(of: "/Type/Pages") ?? rest.range(of: "/Type /Pages") {
            let tail = rest[r.upperBound...].prefix(200)
            if let c = tail.range(of: "/Count") {
                let digits = tail[c.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
                if let n = Int(digits) { best = max(best ?? 0, n) }
            }
            rest = rest[r.upperBound...]
        }
        return best
    }

    private static func pdfinfo(_ pdf: URL) -> Int? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let dir = dirs.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/pdfinfo") }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "\(dir)/pdfinfo")
        process.arguments = [pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        for line in out.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
