import Foundation

/// A 64-bit content hash (FNV-1a over 8-byte words) naming cached copies. It only has to tell
/// files apart, not resist attack: the cache lives on the user's own disk.
enum ContentHash {
    /// The hash of a file's bytes and its length, as 16 hex digits.
    static func of(_ url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length: UInt64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            length += UInt64(chunk.count)
            chunk.withUnsafeBytes { raw in
                let words = raw.count / 8
                for i in 0..<words {
                    hash = (hash ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x100_0000_01b3
                }
                for i in (words * 8)..<raw.count {
                    hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01b3
                }
            }
        }
        hash = (hash ^ length) &* 0x100_0000_01b3
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}

extension String {
    /// Left-padded with zeros to `width`.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
