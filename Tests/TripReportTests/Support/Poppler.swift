import Foundation
import Testing

@testable import TripReport

/// poppler-utils and a plain LibreOffice, as a reader runs them.
enum Poppler {
    static func tool(_ name: String) -> URL? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return dirs.map { URL(fileURLWithPath: "\($0)/\(name)") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static var isAvailable: Bool { tool("pdftotext") != nil && tool("pdffonts") != nil }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Each page's text laid out as printed (`pdftotext -layout`).
    static func layoutPages(_ pdf: URL) throws -> [String] {
        guard let tool = tool("pdftotext") else { return [] }
        return try run(tool, ["-enc", "UTF-8", "-layout", pdf.path, "-"]).components(separatedBy: "\u{0C}")
    }

    /// The names of the fonts embedded in a PDF (`pdffonts`).
    static func fonts(_ pdf: URL) throws -> [String] {
        guard let tool = tool("pdffonts") else { return [] }
        return try run(tool, [pdf.path]).split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// Converts a file to PDF with LibreOffice and nothing of ours (no private fontconfig).
    static func convertPlainly(_ file: URL, into folder: URL) throws -> URL {
        let soffice = try #require(PDFConverter.find())
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let profile = folder.appendingPathComponent("profile")
        // Its libraries' caches (dconf's) stay in the test's folder, not the user's home.
        let environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]) { $1 }
        _ = try run(
            soffice,
            [
                "-env:UserInstallation=" + profile.absoluteString, "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", folder.path, file.path,
            ],
            environment: environment
        )
        return folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
    }
}
