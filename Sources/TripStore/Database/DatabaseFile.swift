import Foundation
import TripModel

/// Looks at a database path before SQLite does, so a missing file, a folder, a text file or a
/// folder that cannot be made is reported in words (and a missing file is only created by the
/// commands that may create one).
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with.
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// Throws the store error for a path that cannot be a database; creates the folder when
    /// `mayCreate` and the file is missing.
    static func check(_ path: String, mayCreate: Bool) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError.databaseIsFolder(path: path) }
            let fd = openForReading(path)
            guard fd >= 0 else { throw StoreError.fileUnreadable(path: path, reason: FileProblem.of(errno: errno)) }
            defer { close(fd) }
            var bytes = [UInt8](repeating: 0, count: header.count)
            let count = read(fd, &bytes, bytes.count)
            // An empty file is an empty database (SQLite's own rule); anything else must start
            // with SQLite's header.
            if count > 0 && (count < header.count || bytes != header) { throw StoreError.notADatabase(path: path) }
            return
        }
        guard mayCreate else { throw StoreError.databaseMissing(path: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.folderNotCreated(path: folder.path, reason: FileProblem.of(error))
        }
    }

    /// True when the file and its folder (where SQLite keeps its -wal and -shm files) may be written.
    static func isWritable(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(path, W_OK) == 0 && access(folder, W_OK) == 0
    }

    /// True when a write-ahead log with content sits beside the file (its last changes are there).
    static func hasPendingLog(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return size > 0
    }

    /// True when the disk holding `path` has less than 1 MB left for this user.
    static func isNearlyFull(_ path: String) -> Bool {
        var stats = statvfs()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard statvfs(folder, &stats) == 0 else { return false }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 1_048_576
    }

    /// The path escaped for an SQLite `file:` URI.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for ch in path.unicodeScalars {
            switch ch {
            case "%": out += "%25"
            case "?": out += "%3F"
            case "#": out += "%23"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private static func openForReading(_ path: String) -> Int32 {
        open(path, O_RDONLY)
    }
}
