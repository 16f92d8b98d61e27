import Foundation

/// One line of `originals.tsv`: `v1`, the hash (32 hex digits), size, modification and change
/// times in nanoseconds, device, file number and the path, tab-separated; `%`, tab, line feed
/// and carriage return in the path are written `%25`, `%09`, `%0A`, `%0D`.
struct HashRecord: Equatable {
    var path: String
    var stamp: FileStamp
    var hash: String

    init(path: String, stamp: FileStamp, hash: String) {
        self.path = path
        self.stamp = stamp
        self.hash = hash
    }

    /// Reads a line (without its newline); nil unless every field is as written.
    init?(line: Data) {
        guard let text = String(data: line, encoding: .utf8) else { return nil }
        let f = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard f.count == 8, f[0] == "v1", f[1].utf8.count == 32, f[1].utf8.allSatisfy(HashRecord.isHexDigit),
            let size = Int64(f[2]), let modified = Int64(f[3]), let changed = Int64(f[4]),
            let device = UInt64(f[5]), let inode = UInt64(f[6]), size >= 0,
            let path = HashRecord.unescaped(f[7]), path.hasPrefix("/")
        else { return nil }
        self.path = path
        self.stamp = FileStamp(size: size, modified: modified, changed: changed, device: device, inode: inode)
        self.hash = String(f[1])
    }

    /// The line, with its newline.
    var line: String {
        let s = stamp
        return "v1\t\(hash)\t\(s.size)\t\(s.modified)\t\(s.changed)\t\(s.device)\t\(s.inode)\t\(HashRecord.escaped(path))\n"
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
    }

    static func escaped(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    /// The path with its escapes undone; nil when a `%` starts no escape this file writes.
    static func unescaped(_ text: Substring) -> String? {
        var out = ""
        var rest = text[...]
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            let code = rest[percent...].prefix(3)
            switch code {
            case "%25": out += "%"
            case "%09": out += "\t"
            case "%0A": out += "\n"
            case "%0D": out += "\r"
            default: return nil
            }
            rest = rest[rest.index(percent, offsetBy: 3)...]
        }
        return out + rest
    }
}
