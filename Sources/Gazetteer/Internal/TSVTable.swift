import Foundation

/// A generated tab-separated file held as bytes and searched in place.
///
/// Records are named by the byte offset where their line starts. The files are sorted by their
/// first field, so a lookup is a binary search over byte offsets: loading is one read, with no
/// scan of the lines, which keeps the first lookup of a plan fast.
struct TSVTable: Sendable {
    /// The whole file.
    let bytes: [UInt8]
    /// Offset of the first record (after the `#` header lines).
    let dataStart: Int
    /// The header lines, without `#`.
    let header: [String]
    /// Offsets of all records, found on first use (suggestions and checks need them, lookups do not).
    private let allStarts = LazyBox<[Int]>()

    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")

    /// Reads `name` in `directory`.
    init(directory: URL, name: String) throws(GazetteerLoadError) {
        let path = directory.appendingPathComponent(name).path
        guard let bytes = TSVTable.read(path) else {
            throw GazetteerLoadError(path: path, reason: .unreadable)
        }
        try self.init(bytes: bytes, path: path)
    }

    /// Takes bytes already read.
    init(bytes: [UInt8], path: String) throws(GazetteerLoadError) {
        var header: [String] = []
        var offset = 0
        while offset < bytes.count, bytes[offset] == UInt8(ascii: "#") {
            let end = TSVTable.lineEnd(bytes, from: offset)
            header.append(String(decoding: bytes[(offset + 1)..<end], as: UTF8.self))
            offset = end + 1
        }
        guard !header.isEmpty else {
            throw GazetteerLoadError(path: path, reason: .noHeader)
        }
        self.bytes = bytes
        self.header = header
        self.dataStart = min(offset, bytes.count)
    }

    /// A table with no records, standing in when data could not be loaded.
    init(emptyNamed name: String) {
        bytes = []
        header = [name]
        dataStart = 0
    }

    /// The file's bytes, read straight into an array (no intermediate `Data` copy).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let got = Foundation.read(fd, base + count, size - count)
                if got <= 0 {
                    failed = got < 0
                    break
                }
                count += got
            }
        }
        return failed ? nil : bytes
    }

    /// Offset of the newline ending the line that contains `offset` (or the end of the bytes).
    static func lineEnd(_ bytes: [UInt8], from offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, offset < buf.count else { return buf.count }
            guard let hit = memchr(base + offset, Int32(newline), buf.count - offset) else { return buf.count }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Offsets of every record, in file order.
    var recordStarts: [Int] {
        allStarts.get {
            var starts: [Int] = []
            var offset = dataStart
            while offset < bytes.count {
                let end = TSVTable.lineEnd(bytes, from: offset)
                if end > offset { starts.append(offset) }
                offset = end + 1
            }
            return starts
        }
    }

    /// Number of records.
    var count: Int { recordStarts.count }

    /// Byte range of the record starting at `start`, without its line ending.
    func record(at start: Int) -> Range<Int> {
        var end = TSVTable.lineEnd(bytes, from: start)
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// Byte range of the first field of the record at `start`.
    func firstField(at start: Int) -> Range<Int> {
        let r = record(at: start)
        var end = r.lowerBound
        while end < r.upperBound && bytes[end] != TSVTable.tab { end += 1 }
        return r.lowerBound..<end
    }

    /// The fields of the record at `start`, as strings.
    func fields(at start: Int) -> [String] {
        bytes[record(at: start)].split(separator: TSVTable.tab, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Byte range of field `index` (from 0) of the record at `start`, if it has that many.
    func field(_ index: Int, at start: Int) -> Range<Int>? {
        let r = record(at: start)
        var fieldStart = r.lowerBound
        var current = 0
        var i = r.lowerBound
        while i <= r.upperBound {
            if i == r.upperBound || bytes[i] == TSVTable.tab {
                if current == index { return fieldStart..<i }
                current += 1
                fieldStart = i + 1
            }
            i += 1
        }
        return nil
    }

    /// The record whose first field equals `key` byte for byte (the files are sorted so).
    func find(_ key: [UInt8]) -> Int? {
        search { start in compare(firstField(at: start), key) }
    }

    /// The record whose first field is the integer `number`, for files sorted by that number.
    func find(number: Int) -> Int? {
        search { start in
            let value = leadingInteger(at: start)
            return value == number ? 0 : (value < number ? -1 : 1)
        }
    }

    /// The first field of the record at `start` read as a non-negative integer.
    func leadingInteger(at start: Int) -> Int {
        var value = 0
        var i = start
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        return value
    }

    /// Binary search over byte offsets: `order` says whether the record at an offset sorts
    /// before (-1), at (0) or after (1) the one sought. `low..<high` always holds whole lines.
    private func search(_ order: (Int) -> Int) -> Int? {
        var low = dataStart
        var high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low && bytes[start - 1] != TSVTable.newline { start -= 1 }
            let end = TSVTable.lineEnd(bytes, from: start)
            if end == start {
                low = end + 1  // an empty line
                continue
            }
            switch order(start) {
            case 0: return start
            case ..<0: low = end + 1
            default: high = start
            }
        }
        return nil
    }

    private func compare(_ field: Range<Int>, _ key: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            var i = field.lowerBound
            var j = 0
            while i < field.upperBound && j < key.count {
                if buf[i] != key[j] { return buf[i] < key[j] ? -1 : 1 }
                i += 1
                j += 1
            }
            let left = field.upperBound - i
            let right = key.count - j
            return left == 0 && right == 0 ? 0 : (left == 0 ? -1 : 1)
        }
    }
}
