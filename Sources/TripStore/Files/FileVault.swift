import Crypto
import Foundation
import TripModel

#if canImport(Glibc)
import Glibc
#endif

/// Copies logged files (photos, clippings) into the data folder under names made from their
/// content, so the same photo added twice is stored once and originals are never changed.
///
/// A file is written under a temporary name in its final folder, synced, then renamed to its
/// content name; the caller's database write follows while a shared lock on the folder is held.
/// So a killed process leaves at most a temporary file or a file no row names, and `sweep`
/// (which takes the lock exclusively, so never while another writer is between its file and its
/// row) removes both.
public struct FileVault: Sendable {
    /// The files folder.
    public let root: URL

    /// A vault at a folder.
    public init(root: URL) { self.root = root }

    /// Largest file accepted (photos from phones are well under this).
    public static let maximumBytes = 50 * 1024 * 1024

    /// A file to bring in.
    public enum Source: Sendable {
        /// A file on disk (its extension is kept).
        case file(URL)
        /// Bytes received over the network, with the extension of their checked type (never the
        /// sender's file name).
        case data(Data, fileExtension: String)
    }

    /// Prefix of the temporary names files are written under.
    static let partPrefix = ".tw-part-"

    /// Writes the sources into `folder` (e.g. `photos/kyushu-2025`) and returns them stored. The
    /// caller must hold `lock(.shared)` until the rows naming them are committed.
    func write(_ items: [(source: Source, folder: String)]) throws -> [StoredFile] {
        try items.map { try write($0.source, in: $0.folder) }
    }

    private func write(_ source: Source, in folder: String) throws -> StoredFile {
        let (data, ext) = try contents(of: source)
        let sha = FileVault.digest(data)
        let cleanExt = ext.lowercased().filter { ($0.isLetter || $0.isNumber) && $0.isASCII }
        let relative = "\(folder)/\(sha.prefix(16))" + (cleanExt.isEmpty ? "" : ".\(cleanExt)")
        let target = root.appendingPathComponent(relative)
        let directory = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileNotStored(path: directory.path, reason: FileProblem.of(error))
        }
        // A re-import names the stored copy itself: it holds what it was just read to hold. A
        // stored copy damaged on disk since is written again (renamed over), not kept because a
        // file of that name exists.
        if case let .file(url) = source, url.standardizedFileURL.resolvingSymlinksInPath() == target.standardizedFileURL.resolvingSymlinksInPath() {
            return StoredFile(path: relative, sha256: sha)
        }
        if FileVault.holds(sha, at: target) { return StoredFile(path: relative, sha256: sha) }
        let part = directory.appendingPathComponent(FileVault.partPrefix + UUID().uuidString)
        do {
            try FileVault.writeSynced(data, to: part.path)
            guard rename(part.path, target.path) == 0 else { throw POSIXError.current() }
            FileVault.syncFolder(directory.path)
        } catch {
            unlink(part.path)
            throw StoreError.fileNotStored(path: directory.path, reason: FileProblem.of(error))
        }
        return StoredFile(path: relative, sha256: sha)
    }

    private func contents(of source: Source) throws -> (Data, String) {
        switch source {
        case let .data(data, ext):
            guard data.count <= FileVault.maximumBytes else {
                throw StoreError.fileTooLarge(path: "upload", megabytes: data.count / 1_048_576, limit: FileVault.maximumBytes / 1_048_576)
            }
            return (data, ext)
        case let .file(url):
            let path = url.path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw StoreError.fileUnreadable(path: path, reason: .notFound)
            }
            if isFolder.boolValue { throw StoreError.fileUnreadable(path: path, reason: .isFolder) }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= FileVault.maximumBytes else {
                throw StoreError.fileTooLarge(path: path, megabytes: size / 1_048_576, limit: FileVault.maximumBytes / 1_048_576)
            }
            do {
                return (try Data(contentsOf: url), url.pathExtension)
            } catch {
                throw StoreError.fileUnreadable(path: path, reason: FileProblem.of(error))
            }
        }
    }

    /// The SHA-256 of stored bytes as lower-case hex: the `sha256` a row keeps and, cut to 16
    /// digits, the stored file's name.
    static func digest(_ data: Data) -> String { Hex.lowercase(SHA256.hash(data: data)) }

    /// True when `url` holds exactly the bytes whose SHA-256 is `sha`.
    static func holds(_ sha: String, at url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path), let data = FileManager.default.contents(atPath: url.path) else { return false }
        return digest(data) == sha
    }

    /// Writes bytes to a new file and syncs them to disk before returning.
    static func writeSynced(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError.current() }
        defer { close(fd) }
        var offset = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError.current()
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw POSIXError.current() }
    }

    /// Makes a rename in a folder durable.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

extension POSIXError {
    /// The error for the current `errno`.
    static func current() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
