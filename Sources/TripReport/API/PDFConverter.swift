import Foundation
import TripModel

/// Converts ODT (or DOCX) to PDF with LibreOffice headless, in a private profile so parallel
/// runs do not fight over one. On Linux the reference CJK face (標楷體) is aliased to the Kai
/// fallbacks through a private fontconfig file, so the PDF shows a Kai face when one is installed.
public struct PDFConverter: Sendable {
    /// The soffice executable.
    public let soffice: URL
    /// Fallback faces tried for the CJK face, in order.
    public var aliases: [String: [String]]

    /// Finds LibreOffice: `$TRIPWRIGHT_SOFFICE`, else `soffice`/`libreoffice` on the PATH, else
    /// the usual install folders. Throws `libreOfficeMissing` naming the package to install.
    public init(styles: StyleSheet? = nil) throws(ReportError) {
        guard let found = PDFConverter.find() else { throw .libreOfficeMissing }
        soffice = found
        var aliases: [String: [String]] = [:]
        if let f = styles?.fonts {
            aliases[f.cjk] = f.cjkFallbacks
            aliases[f.latin] = f.latinFallbacks
        }
        self.aliases = aliases
    }

    /// True when LibreOffice can be found.
    public static var isAvailable: Bool { find() != nil }

    static func find() -> URL? {
        let env = ProcessInfo.processInfo.environment
        if let path = env["TRIPWRIGHT_SOFFICE"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let dirs =
            (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
            + ["/usr/lib/libreoffice/program", "/opt/libreoffice/program", "/Applications/LibreOffice.app/Contents/MacOS"]
        for dir in dirs {
            for name in ["soffice", "libreoffice"] {
                let path = dir + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }

    /// The target of `--convert-to`: PDF through writer_pdf_Export, with its options as JSON
    /// (LibreOffice 7.4 and later read them after the filter name). `ReduceImageResolution` off:
    /// by default LibreOffice reduces every image to 300 DPI and re-encodes it, which took two
    /// thirds of a five-format report's time and blurred photos we had already downscaled to
    /// 1600 px; without it LibreOffice copies a JPEG's bytes into the PDF as they are.
    static let target = #"pdf:writer_pdf_Export:{"ReduceImageResolution":{"type":"boolean","value":"false"}}"#

    /// Converts `input` to a PDF in `folder`; returns the PDF's URL. A LibreOffice too old for
    /// the options (before 7.4) gets a second, plain conversion.
    public func convert(_ input: URL, into folder: URL) throws(ReportError) -> URL {
        let pdf = folder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
        var outcome = try run(input, into: folder, target: PDFConverter.target)
        if outcome.status != 0 || !FileManager.default.fileExists(atPath: pdf.path) {
            outcome = try run(input, into: folder, target: "pdf")
        }
        guard outcome.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            // LibreOffice's own words, as it printed them: no translation can be better.
            throw .conversionFailed(input.path, "exit \(outcome.status): \(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return pdf
    }

    /// One run of LibreOffice in a private profile: its exit status and what it printed.
    private func run(_ input: URL, into folder: URL, target: String) throws(ReportError) -> (status: Int32, output: String) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = soffice
        process.arguments = [
            "-env:UserInstallation=" + work.appendingPathComponent("profile").absoluteString,
            "--headless", "--norestore", "--convert-to", target, "--outdir", folder.path, input.path,
        ]
        var env = ProcessInfo.processInfo.environment
        // Caches LibreOffice's libraries keep (dconf's) go with the work folder, not the user's.
        env["XDG_CACHE_HOME"] = work.appendingPathComponent("cache").path
        if let conf = fontConfig(in: work) { env["FONTCONFIG_FILE"] = conf.path }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw .conversionNotStarted(soffice.path, FileProblem.of(error))
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// A fontconfig file that includes the system's and maps each reference face to its fallbacks.
    private func fontConfig(in work: URL) -> URL? {
        let system = "/etc/fonts/fonts.conf"
        guard FileManager.default.fileExists(atPath: system), !aliases.isEmpty else { return nil }
        let rules = aliases.sorted { $0.key < $1.key }.map { face, fallbacks in
            "<alias binding=\"same\"><family>\(XMLText.escape(face))</family><prefer>"
                + fallbacks.map { "<family>\(XMLText.escape($0))</family>" }.joined() + "</prefer></alias>"
        }.joined(separator: "\n")
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
            <include ignore_missing="yes">\(system)</include>
            \(rules)
            </fontconfig>
            """
        let url = work.appendingPathComponent("fonts.conf")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url
        } catch {
            return nil
        }
    }
}
