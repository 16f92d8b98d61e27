import Crypto
import Foundation

/// Copies logged files (photos, clippings) into the data folder under names made from their
/// content, so the same photo added twice is stored once and originals are never changed.
public struct FileVault: Sendable {
    /// The files folder.
    public let root: URL

    /// A vault at a folder.
    public init(root: URL) { self.root = root }

    /// Largest file accepted (photos from phones are well under this).
    public static let maximumBytes = 50 * 1024 * 1024

    /// Copies a file into `folder/` (e.g. `photos/kyushu-2025`), returning its stored path and hash.
    public func store(_ source: URL, in folder: String) throws -> StoredFile {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int) ?? 0
            guard size <= FileVault.maximumBytes else {
                throw StoreError.file("\(source.path): \(size / 1_048_576) MB is larger than the \(FileVault.maximumBytes / 1_048_576) MB limit")
            }
            data = try Data(contentsOf: source)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.file("\(source.path): cannot be read (\(error.localizedDescription))")
        }
        let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let ext = source.pathExtension.lowercased().filter { $0.isLetter || $0.isNumber }
        let name = String(sha.prefix(16)) + (ext.isEmpty ? "" : ".\(ext)")
        let relative = "\(folder)/\(name)"
        let target = root.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            // A re-import names the stored copy itself: it holds what it was just read to hold.
            let same = source.standardizedFileURL.resolvingSymlinksInPath() == target.standardizedFileURL.resolvingSymlinksInPath()
            if !same, !FileVault.holds(sha, at: target) {
                try data.write(to: target, options: .atomic)
            }
        } catch {
            throw StoreError.file("\(target.path): cannot be written (\(error.localizedDescription))")
        }
        return StoredFile(path: relative, sha256: sha)
    }

    /// True when `url` holds exactly the bytes whose SHA-256 is `sha`. A stored copy damaged on
    /// disk since (the name says what it should hold) is then written again when the same photo
    /// comes in, instead of being kept because a file of that name exists.
    static func holds(_ sha: String, at url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path), let data = FileManager.default.contents(atPath: url.path) else { return false }
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() == sha
    }
}
