import Foundation

/// The content hashes of originals, remembered between runs by what `stat` says of the file, so
/// a report does not read and hash every original again (40 photos of 4.9 MB took a third of a
/// DOCX report). Kept in `originals.tsv` beside the cached copies; see `HashRecord` for a line.
///
/// A hash is reused only while the file's path, size, modification time, status-change time,
/// device and file number are all unchanged: writing to a file always moves its status-change
/// time, which no program can set back. Any doubt (a line that does not read, a file that
/// changed while it was hashed) costs a fresh hash, never a wrong one. Lines are appended with
/// one `write` each to a file opened for appending, so processes writing at once do not mix their
/// lines; the file is rewritten without duplicates, through a new file renamed over it, once
/// most of its lines are stale. The cache is only a speed-up: a file that cannot be read or
/// written is ignored.
final class OriginalHashes: @unchecked Sendable {
    // @unchecked: `known` and `lines` are only touched while `lock` is held.
    private let lock = NSLock()
    private let file: URL
    private var known: [String: HashRecord] = [:]
    private var lines = 0

    /// The largest cache file read; a larger one is left aside and started afresh.
    static let maximumBytes = 16 << 20

    /// Hashes kept in `file`; `inFolder` shares one per folder (tests make their own, as two
    /// processes would).
    init(file: URL) {
        self.file = file
        let (records, count) = OriginalHashes.read(file)
        known = records
        lines = count
    }

    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [String: OriginalHashes] = [:]

    /// The hashes kept in `folder` (one object per folder and process).
    static func inFolder(_ folder: URL) -> OriginalHashes {
        let file = folder.appendingPathComponent("originals.tsv")
        registryLock.lock()
        defer { registryLock.unlock() }
        if let existing = registry[file.path] { return existing }
        let made = OriginalHashes(file: file)
        registry[file.path] = made
        return made
    }

    /// The content hash of the file at `url` (`ContentHash.of`), remembered or computed.
    func hash(of url: URL) throws -> String {
        let path = url.standardizedFileURL.path
        guard let before = FileStamp(path: path) else { return try ContentHash.of(url) }
        lock.lock()
        let remembered = known[path]
        lock.unlock()
        if let remembered, remembered.stamp == before { return remembered.hash }
        let hash = try ContentHash.of(url)
        // A file that changed while it was read is not remembered.
        guard FileStamp(path: path) == before else { return hash }
        remember(HashRecord(path: path, stamp: before, hash: hash))
        return hash
    }

    /// The hash remembered for the file at `url`, when its stamp still matches (nil otherwise);
    /// reads nothing but the file's status.
    func remembered(_ url: URL) -> String? {
        let path = url.standardizedFileURL.path
        guard let stamp = FileStamp(path: path) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return known[path].flatMap { $0.stamp == stamp ? $0.hash : nil }
    }

    private func remember(_ record: HashRecord) {
        lock.lock()
        defer { lock.unlock() }
        known[record.path] = record
        lines += 1
        if lines > 256 && lines > 2 * known.count {
            rewrite()
        } else {
            append(record.line)
        }
    }

    /// Appends one line with one `write` to the file opened for appending.
    private func append(_ line: String) {
        var fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            // The first photo of a fresh cache is hashed before the folder exists.
            try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { return }
        defer { close(fd) }
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// Writes the records known, one line each, to a new file renamed over the old one.
    private func rewrite() {
        let text = known.values.sorted { $0.path < $1.path }.map(\.line).joined()
        let partial = file.deletingLastPathComponent().appendingPathComponent(".originals-\(UUID().uuidString).tsv")
        do {
            try Data(text.utf8).write(to: partial)
            guard rename(partial.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: partial)
                return
            }
            lines = known.count
        } catch {
            try? FileManager.default.removeItem(at: partial)
        }
    }

    /// The records of a cache file (the last line for a path wins) and its number of lines.
    static func read(_ file: URL) -> (records: [String: HashRecord], lines: Int) {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return ([:], 0) }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1), data.count <= maximumBytes else { return ([:], 0) }
        var records: [String: HashRecord] = [:]
        var count = 0
        // Only whole lines: a line cut short by a crash has no newline yet.
        var start = data.startIndex
        while let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) {
            count += 1
            if let record = HashRecord(line: data[start..<end]) { records[record.path] = record }
            start = end + 1
        }
        return (records, count)
    }
}
