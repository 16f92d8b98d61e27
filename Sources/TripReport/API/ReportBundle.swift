import Foundation
import TripModel

/// A Markdown or HTML report together with the pictures it links to (`images/…`), as one zip
/// to hand over in a single download. ODT, DOCX and PDF carry their pictures inside and need
/// no bundle.
public enum ReportBundle {
    /// True when `file` links to pictures in an `images/` folder beside it.
    public static func needed(for file: URL) -> Bool {
        guard ["html", "md"].contains(file.pathExtension) else { return false }
        return !pictures(beside: file).isEmpty
    }

    /// Writes `NAME-EXT.zip` beside `file`, holding `file` under its own name and every picture
    /// of the `images/` folder beside it as `images/…`; returns the zip's location. The pictures
    /// are streamed from disk, never all held in memory.
    public static func zip(_ file: URL) throws(ReportError) -> URL {
        let name = file.deletingPathExtension().lastPathComponent + "-" + file.pathExtension + ".zip"
        let url = file.deletingLastPathComponent().appendingPathComponent(name)
        let package = try ZipPackage(creating: url)
        do {
            try package.add(file.lastPathComponent, String(contentsOf: file, encoding: .utf8))
        } catch let error as ReportError {
            throw error
        } catch {
            throw .write(file.path, FileProblem.of(error))
        }
        for picture in pictures(beside: file) {
            try package.add("images/" + picture.lastPathComponent, file: picture)
        }
        return url
    }

    private static func pictures(beside file: URL) -> [URL] {
        let folder = file.deletingLastPathComponent().appendingPathComponent("images")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
