import Foundation
import GRDB

extension TripDatabase {
    /// Brings files into the data folder and runs `body`, the write of this database that
    /// names them, while holding the vault's shared lock: a sweep never removes a file between
    /// its write and its row. When anything fails, the files no row names are swept away (as
    /// soon as no other writer is at work), so a failed or refused upload leaves nothing behind.
    public func storingFiles<T>(
        _ items: [(source: FileVault.Source, folder: String)],
        vault: FileVault,
        _ body: ([StoredFile]) throws -> T
    ) throws -> T {
        guard !items.isEmpty else { return try body([]) }
        do {
            let lock = try vault.sharedLock()
            return try withExtendedLifetime(lock) {
                try body(try vault.write(items))
            }
        } catch {
            sweepFiles(vault: vault, folders: Array(Set(items.map(\.folder))).sorted())
            throw error
        }
    }

    /// `storingFiles` for async callers: the files are written (under the same lock) on a
    /// Dispatch queue rather than a Swift concurrency thread, and `body` runs GRDB's async write;
    /// on failure the files no row names are swept away, as in the blocking form.
    public func storingFiles<T: Sendable>(
        _ items: [(source: FileVault.Source, folder: String)],
        vault: FileVault,
        _ body: @Sendable ([StoredFile]) async throws -> T
    ) async throws -> T {
        guard !items.isEmpty else { return try await body([]) }
        do {
            let (lock, stored) = try await BlockingWork.run { () -> (FileVault.Lock, [StoredFile]) in
                let lock = try vault.sharedLock()
                return (lock, try vault.write(items))
            }
            // The lock is held until the rows naming the files are committed.
            defer { extendLifetime(lock) }
            return try await body(stored)
        } catch {
            let folders = Array(Set(items.map(\.folder))).sorted()
            _ = try? await BlockingWork.run { sweepFiles(vault: vault, folders: folders) }
            throw error
        }
    }

    /// Removes what killed or failed writers left in the data folder: partial files, and stored
    /// files no row names (in `folders`, or everywhere when nil). Does nothing while another
    /// writer is between a file and its row. Returns the paths removed.
    @discardableResult
    public func sweepFiles(vault: FileVault, folders: [String]? = nil) -> [String] {
        let removed = try? vault.sweep(folders: folders) { try storedFilePaths() }
        return (removed ?? nil) ?? []
    }

    /// Every file a row names, relative to the data folder.
    func storedFilePaths() throws -> Set<String> {
        try read { db in
            let photos = try PhotoRecord.select(PhotoRecord.Columns.file, as: String?.self).fetchAll(db)
            let clippings = try PressRecord.select(PressRecord.Columns.image, as: String?.self).fetchAll(db)
            // Files a correction took off a row (a deleted photo, a replaced file or screenshot)
            // stay while the history can put them back with an undo.
            let corrected = try String?.fetchAll(
                db,
                sql: """
                    SELECT json_extract(before, '$.photo.file') FROM logChange UNION ALL SELECT json_extract(after, '$.photo.file') FROM logChange
                    UNION ALL SELECT json_extract(before, '$.press.image') FROM logChange UNION ALL SELECT json_extract(after, '$.press.image') FROM logChange
                    UNION ALL SELECT json_extract(before, '$.neighbour.image') FROM logChange
                    """
            )
            return Set((photos + clippings + corrected).compactMap { $0 })
        }
    }
}
