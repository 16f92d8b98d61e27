import Foundation

/// A generated tab-separated file held as bytes, with the start of every record line.
///
/// Rows are parsed only when asked for: loading is one read and one scan for newlines, which
/// keeps the first lookup of a plan fast.
struct TSVTable: Sendable {
    /// The whole file.
    let bytes: [UInt8]
    /// Byte offset of each record line (header lines starting with `#` are not records).
    let starts: [Int]
    /// The header lines, without `#`.
    let header: [String]

    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")

    /// Reads `name` in `directory`.
    init(directory: URL, name: String) throws(GazetteerLoadError) {
        let url = directory.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GazetteerLoadError(path: url.path, reason: "missing or unreadable")
        }
        try self.init(bytes: [UInt8](data), path: url.path)
    }

    /// Indexes bytes already read.
    init(bytes: [UInt8], path: String) throws(GazetteerLoadError) {
        var starts: [Int] = []
        var header: [String] = []
        starts.reserveCapacity(bytes.count / 24)
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var lineStart = 0
            let n = buf.count
            while lineStart < n {
                let end: Int
                if let hit = memchr(base + lineStart, Int32(TSVTable.newline), n - lineStart) {
                    end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = n
                }
                if end > lineStart {
                    if buf[lineStart] == UInt8(ascii: "#") {
                        header.append(String(decoding: buf[(lineStart + 1)..<end], as: UTF8.self))
                    } else {
                        starts.append(lineStart)
                    }
                }
                lineStart = end + 1
            }
        }
        guard !header.isEmpty else {
            throw GazetteerLoadError(path: path, reason: "no `#` header line naming its source")
        }
        self.bytes = bytes
        self.starts = starts
        self.header = header
    }

    /// A table with no records, standing in when data could not be loaded.
    init(emptyNamed name: String) {
        bytes = []
        starts = []
        header = [name]
    }

    /// Number of records.
    var count: Int { starts.count }

    /// Byte range of record `row`, without its newline.
    func range(_ row: Int) -> Range<Int> {
        let start = starts[row]
        var end = row + 1 < starts.count ? starts[row + 1] - 1 : bytes.count
        while end > start && (bytes[end - 1] == TSVTable.newline || bytes[end - 1] == UInt8(ascii: "\r")) { end -= 1 }
        return start..<end
    }

    /// Byte range of the first field of record `row`.
    func firstField(_ row: Int) -> Range<Int> {
        let r = range(row)
        var end = r.lowerBound
        while end < r.upperBound && bytes[end] != TSVTable.tab { end += 1 }
        return r.lowerBound..<end
    }

    /// The fields of record `row` as strings.
    func fields(_ row: Int) -> [String] {
        bytes[range(row)].split(separator: TSVTable.tab, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Compares the first field of record `row` with `key`, byte by byte (the files are sorted so).
    func compareFirstField(_ row: Int, to key: [UInt8]) -> Int {
        let field = firstField(row)
        return bytes.withUnsafeBufferPointer { buf in
            var i = field.lowerBound, j = 0
            while i < field.upperBound && j < key.count {
                if buf[i] != key[j] { return buf[i] < key[j] ? -1 : 1 }
                i += 1
                j += 1
            }
            let left = field.upperBound - i, right = key.count - j
            return left == 0 && right == 0 ? 0 : (left == 0 ? -1 : 1)
        }
    }

    /// The row whose first field equals `key`, by binary search.
    func find(_ key: [UInt8]) -> Int? {
        var low = 0, high = starts.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let c = compareFirstField(mid, to: key)
            if c == 0 { return mid }
            if c < 0 { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The first field of record `row` read as a non-negative integer.
    func leadingInteger(_ row: Int) -> Int {
        var value = 0
        for i in firstField(row) {
            let d = Int(bytes[i]) - 48
            guard d >= 0 && d <= 9 else { break }
            value = value * 10 + d
        }
        return value
    }

    /// The row whose first field is `number`, for files sorted by that number.
    func find(number: Int) -> Int? {
        var low = 0, high = starts.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let v = leadingInteger(mid)
            if v == number { return mid }
            if v < number { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
