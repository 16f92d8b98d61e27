import Foundation

/// Where a file named in a plan (a photo, a clipping) is: an absolute path as written, else the
/// first of `folders` that has it (the plan's folder first, then the data folder), else beside
/// the plan, so an error names the path the user meant.
enum PlanFiles {
    static func locate(_ path: String, in folders: [URL]) -> URL {
        if path.hasPrefix("/") || folders.isEmpty { return URL(fileURLWithPath: path) }
        let candidates = folders.map { $0.appendingPathComponent(path) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }
}
