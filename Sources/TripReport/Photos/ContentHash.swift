import Crypto
import Foundation
import TripModel

/// Names cached copies by the SHA-256 of the original's bytes (the same digest the file vault
/// uses), so a changed photo never reuses a stale copy and two different photos never share one.
enum ContentHash {
    /// The first 128 bits of the file's SHA-256, as 32 hex digits. The file is read in 1 MiB
    /// pieces, so a large photo is never held whole.
    static func of(_ url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return Hex.lowercase(hasher.finalize().prefix(16))
    }
}
