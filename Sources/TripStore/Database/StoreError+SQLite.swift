import Foundation
import GRDB

extension StoreError {
    /// The store error for what SQLite (through GRDB) reported on the database at `path`, so no
    /// raw `SQLite error N` text reaches a user. Errors that are not SQLite's pass through.
    static func mapping(_ error: any Error, path: String) -> any Error {
        guard let e = error as? DatabaseError else { return error }
        switch e.resultCode {
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return StoreError.readOnly(path: path)
        case .SQLITE_CORRUPT: return StoreError.damaged(path: path)
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN: return StoreError.readOnly(path: path)
        case .SQLITE_IOERR:
            // A full disk often shows up as a failed write or a shared-memory file that cannot
            // grow (SQLITE_IOERR_SHMSIZE on tmpfs) rather than SQLITE_FULL.
            if DatabaseFile.isNearlyFull(path) { return StoreError.diskFull(path: path) }
            return StoreError.ioError(path: path, code: e.extendedResultCode.rawValue)
        case .SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE:
            return StoreError.refused(detail: e.message ?? "\(e.resultCode)")
        case .SQLITE_ERROR where (e.message ?? "").contains("no such table") || (e.message ?? "").contains("no such column"):
            // The missing table or column by name: the words around it are SQLite's English.
            let name = (e.message ?? "").components(separatedBy: ": ").last ?? ""
            return StoreError.schemaDamaged(path: path, detail: name)
        default:
            return error
        }
    }
}
