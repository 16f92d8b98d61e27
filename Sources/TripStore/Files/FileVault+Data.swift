import Crypto
import Foundation

extension FileVault {
    /// Stores bytes received over the network under a name made from their content and the
    /// extension of their checked type (never the sender's file name).
    public func store(data: Data, fileExtension: String, in folder: String) throws -> StoredFile {
        guard data.count <= FileVault.maximumBytes else {
            throw StoreError.file("\(data.count / 1_048_576) MB is larger than the \(FileVault.maximumBytes / 1_048_576) MB limit")
        }
        let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let ext = fileExtension.lowercased().filter { $0.isLetter || $0.isNumber }
        let relative = "\(folder)/\(sha.prefix(16))" + (ext.isEmpty ? "" : ".\(ext)")
        let target = root.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileVault.holds(sha, at: target) { try data.write(to: target, options: .atomic) }
        } catch {
            throw StoreError.file("\(target.path): cannot be written (\(error.localizedDescription))")
        }
        return StoredFile(path: relative, sha256: sha)
    }
}
