import Foundation
import TripMedia

/// Where a file named in a plan (a photo, a clipping) is: an absolute path as written, else the
/// first of `folders` that has it (the plan's folder first, then the data folder), else beside
/// the plan, so an error names the path the user meant.
enum PlanFiles {
    static func locate(_ path: String, in folders: [URL]) -> URL {
        if path.hasPrefix("/") || folders.isEmpty { return URL(fileURLWithPath: path) }
        let candidates = folders.map { $0.appendingPathComponent(path) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    /// What is wrong with a photo or clipping a plan names, or nil: it must exist and decode
    /// completely. A file found in a data folder was checked when it came in (an exported plan
    /// names its stored copies), so it is not decoded again on every import; a report copes with
    /// one damaged since.
    static func imageProblem(_ path: String, in folders: [URL], dataFolders: [URL]) -> PlanProblem? {
        let url = locate(path, in: folders)
        guard FileManager.default.fileExists(atPath: url.path) else { return .missingFile(path) }
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        let stored = dataFolders.contains { folder in
            resolved.hasPrefix(folder.standardizedFileURL.resolvingSymlinksInPath().path + "/")
        }
        if stored { return nil }
        do {
            _ = try MediaCheck.decode(fileAt: url, name: path)
            return nil
        } catch {
            return .badImage(path, error.reason)
        }
    }
}
