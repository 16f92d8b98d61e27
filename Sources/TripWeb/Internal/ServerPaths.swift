import Foundation
import TripApp

/// The server's own folders, so no message shown in a browser carries them: an error page, a
/// form error or a report prompt says "…/photos/x.jpg", never where the data, the program or the
/// temporary files live on the machine. The server's log keeps the full text.
struct ServerPaths: Sendable {
    /// Absolute folders, longest first (so a data folder inside the home folder is cut whole).
    let roots: [String]

    /// The folders of a running server: data, database, temporary files, home, working folder,
    /// the program's own folder and its web resources.
    init(location: DataLocation, resources: URL?) {
        let fm = FileManager.default
        var urls = [
            location.files, location.database.deletingLastPathComponent(), fm.temporaryDirectory,
            URL(fileURLWithPath: NSHomeDirectory()), URL(fileURLWithPath: fm.currentDirectoryPath),
            URL(fileURLWithPath: "/tmp"),
        ]
        if let exe = Bundle.main.executableURL { urls.append(exe.deletingLastPathComponent()) }
        if let resources { urls.append(resources) }
        self.init(roots: urls.flatMap { [$0.standardizedFileURL.path, $0.resolvingSymlinksInPath().path] })
    }

    /// Explicit folders (tests).
    init(roots: [String]) {
        let cleaned = roots.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            .filter { $0.hasPrefix("/") && $0.count > 1 }
        self.roots = Array(Set(cleaned)).sorted { $0.count > $1.count }
    }

    /// The text with every server folder replaced by `…`; what follows a folder (a file name
    /// under it) stays, so the message still says which file.
    func scrub(_ text: String) -> String {
        var out = text
        for root in roots where out.contains(root) {
            out = out.replacingOccurrences(of: root, with: "…")
        }
        return out
    }
}
