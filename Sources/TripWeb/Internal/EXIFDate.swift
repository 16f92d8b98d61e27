import Foundation

/// Reads when a JPEG photo was taken from its EXIF block (DateTimeOriginal, else DateTime): a
/// local wall-clock reading with no zone, which the caller places in the event's zone. Only the
/// metadata tags are read; pixels are never touched.
enum EXIFDate {
    /// `(date, hour, minute, second)` of the photo, or nil when the file has none.
    static func taken(in data: Data) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int)? {
        let b = [UInt8](data.prefix(256 * 1024))
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 4 <= b.count, b[i] == 0xFF {
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if marker == 0xDA || length < 2 { return nil }
            let start = i + 4, end = min(b.count, i + 2 + length)
            if marker == 0xE1, end - start > 14, Array(b[start..<start + 6]) == Array("Exif\0\0".utf8) {
                return parseTIFF(Array(b[(start + 6)..<end]))
            }
            i += 2 + length
        }
        return nil
    }

    private static func parseTIFF(_ t: [UInt8]) -> (Int, Int, Int, Int, Int)? {
        guard t.count > 8 else { return nil }
        let little = t[0] == 0x49
        func u16(_ o: Int) -> Int? {
            guard o >= 0, o + 2 <= t.count else { return nil }
            return little ? Int(t[o]) | Int(t[o + 1]) << 8 : Int(t[o]) << 8 | Int(t[o + 1])
        }
        func u32(_ o: Int) -> Int? {
            guard let a = u16(o), let b = u16(o + 2) else { return nil }
            return little ? a | b << 16 : a << 16 | b
        }
        func entries(_ ifd: Int) -> [(tag: Int, value: Int)] {
            guard let n = u16(ifd), n < 512 else { return [] }
            return (0..<n).compactMap { k in
                let e = ifd + 2 + k * 12
                guard let tag = u16(e), let value = u32(e + 8) else { return nil }
                return (tag, value)
            }
        }
        func text(at o: Int) -> String? {
            guard o >= 0, o + 19 <= t.count else { return nil }
            return String(decoding: t[o..<o + 19], as: UTF8.self)
        }
        guard let ifd0 = u32(4) else { return nil }
        let first = entries(ifd0)
        var found: String?
        if let exif = first.first(where: { $0.tag == 0x8769 })?.value {
            found = entries(exif).first(where: { $0.tag == 0x9003 }).flatMap { text(at: $0.value) }
        }
        if found == nil { found = first.first(where: { $0.tag == 0x0132 }).flatMap { text(at: $0.value) } }
        guard let s = found else { return nil }
        // "YYYY:MM:DD HH:MM:SS"
        let parts = s.split(whereSeparator: { $0 == ":" || $0 == " " }).compactMap { Int($0) }
        guard parts.count >= 5, parts[0] > 1900 else { return nil }
        return (parts[0], parts[1], parts[2], parts[3], parts[4])
    }
}
