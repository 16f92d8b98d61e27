import Foundation
import TripModel

#if canImport(Glibc)
import Glibc
#endif

extension FileVault {
    /// A lock on the files folder: writers hold it shared from writing a file until the row
    /// naming it is committed; `sweep` holds it exclusively. The kernel drops it when a process
    /// dies, so a killed writer never blocks anyone.
    final class Lock: @unchecked Sendable {
        private let fd: Int32

        /// Takes the lock (`LOCK_SH` or `LOCK_EX`); nil when the folder cannot hold a lock file
        /// or, with `wait: false`, when someone else holds it.
        init?(root: URL, exclusive: Bool, wait: Bool) {
            let path = root.appendingPathComponent(".lock").path
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return nil }
            var operation = exclusive ? LOCK_EX : LOCK_SH
            if !wait { operation |= LOCK_NB }
            while flock(fd, operation) != 0 {
                if errno == EINTR { continue }
                close(fd)
                return nil
            }
            self.fd = fd
        }

        deinit {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// Takes the shared lock writers hold, creating the folder if needed.
    func sharedLock() throws -> Lock {
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileNotStored(path: root.path, reason: FileProblem.of(error))
        }
        guard let lock = Lock(root: root, exclusive: false, wait: true) else {
            throw StoreError.fileNotStored(path: root.path, reason: FileProblem.of(errno: errno))
        }
        return lock
    }

    /// True for a name this vault writes: 16 hex digits and an optional extension.
    static func isStoredName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let stem = parts.first, stem.count == 16, stem.allSatisfy({ $0.isHexDigit && ($0.isNumber || $0.isLowercase) }) else { return false }
        return parts.count == 1 || parts[1].allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII }
    }

    /// True for a partial file: ours, or the `.dat.nosync…` temporary files of Foundation's
    /// atomic writes that older versions left when killed mid-write.
    static func isPartial(_ name: String) -> Bool {
        name.hasPrefix(partPrefix) || name.hasPrefix(".dat.nosync")
    }

    /// Removes partial files and stored files that no row names, from `folders` (relative to the
    /// root, e.g. `photos/kyushu-2025`; nil: every folder under `photos/` and `press/`). Runs
    /// only when no writer is between writing a file and committing its row (else does nothing
    /// and returns nil); `referenced` is asked after the lock is taken. Returns what it removed,
    /// relative to the root.
    @discardableResult
    func sweep(folders: [String]?, referenced: () throws -> Set<String>) rethrows -> [String]? {
        guard FileManager.default.fileExists(atPath: root.path),
            let lock = Lock(root: root, exclusive: true, wait: false)
        else { return nil }
        defer { withExtendedLifetime(lock) {} }
        let names = try referenced()
        var removed: [String] = []
        for folder in folders ?? allFolders() {
            let directory = root.appendingPathComponent(folder)
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in entries.sorted() {
                let relative = "\(folder)/\(name)"
                let orphan = FileVault.isStoredName(name) && !names.contains(relative)
                guard FileVault.isPartial(name) || orphan else { continue }
                if unlink(directory.appendingPathComponent(name).path) == 0 { removed.append(relative) }
            }
        }
        return removed
    }

    /// `photos/X` and `press/X` for every X present.
    private func allFolders() -> [String] {
        ["photos", "press"].flatMap { top -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(top).path)) ?? []
            return names.sorted().map { "\(top)/\($0)" }
        }
    }
}
