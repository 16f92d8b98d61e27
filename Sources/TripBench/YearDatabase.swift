import Foundation
import TripModel
import TripStore

/// A synthetic year stored in a SQLite file through the store's own import, made once per size
/// and kept between runs (making it is not what is measured).
struct YearDatabase {
    /// The file.
    let path: String
    /// Delegation ids, in the order the year lists them.
    let ids: [String]

    /// Changes whenever `SyntheticYear` or the way it is stored changes, so old files are remade.
    static let version = 1

    /// The file for `year` (`name` says its size) in `folder`, made when missing.
    static func open(_ year: SyntheticYear, named name: String, in folder: URL) throws -> YearDatabase {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("checks-v\(version)-\(name).sqlite")
        let ids = year.delegations.map(\.id)
        if !FileManager.default.fileExists(atPath: file.path) {
            // Made under another name and renamed, so an interrupted run leaves no half-made year.
            let partial = folder.appendingPathComponent(".checks-\(UUID().uuidString).sqlite")
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial.path + suffix) } }
            do {
                // Closed at the end of this block, which folds the write-ahead log into the file.
                let db = try TripDatabase.open(path: partial.path, mode: .create)
                let now = Date(timeIntervalSince1970: 1_780_000_000)
                for d in year.delegations { _ = try db.importPlan(d, now: now) }
            }
            try FileManager.default.moveItem(at: partial, to: file)
        }
        return YearDatabase(path: file.path, ids: ids)
    }

    /// Every delegation, loaded through the store as the commands load them.
    func delegations() throws -> [Delegation] {
        let db = try TripDatabase.open(path: path, mode: .readOnly)
        return try ids.map { try db.delegation($0) }
    }
}
