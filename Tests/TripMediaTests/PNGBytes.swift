import Foundation
import TripReport

/// PNG files for the tests: real ones written by libvips, and a header that promises more
/// pixels than any photo has (a decompression bomb, never decoded).
enum PNGBytes {
    /// A noisy PNG (hard to compress, so cutting it loses pixel data), written by libvips.
    static func noisy(width: Int, height: Int) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("png-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let jpeg = folder.appendingPathComponent("a.jpg")
        let png = folder.appendingPathComponent("a.png")
        try SyntheticPhoto.write(to: jpeg, width: width, height: height)
        try SyntheticPhoto.convert(jpeg, to: png)
        return try Data(contentsOf: png)
    }

    /// The signature, an IHDR chunk for a `width`×`height` 8-bit grey image, an IDAT with the
    /// first row's worth of zeros (a stored deflate block) and IEND: enough for a decoder to read
    /// the size, far too little to fill it.
    static func headerOnly(width: Int, height: Int) -> Data {
        var ihdr = Data()
        ihdr.append(bigEndian(UInt32(width)))
        ihdr.append(bigEndian(UInt32(height)))
        ihdr.append(contentsOf: [8, 0, 0, 0, 0])
        let row = Data(count: 1024)
        var zlib = Data([0x78, 0x01, 0x01])
        zlib.append(contentsOf: [UInt8(row.count & 0xFF), UInt8(row.count >> 8), UInt8(~row.count & 0xFF), UInt8((~row.count >> 8) & 0xFF)])
        zlib.append(row)
        zlib.append(bigEndian(adler32(row)))
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", Data())
    }

    /// Adler-32 as a zlib stream ends with it (RFC 1950).
    private static func adler32(_ data: Data) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return (b << 16) | a
    }

    private static func chunk(_ type: String, _ body: Data) -> Data {
        let typed = Data(type.utf8) + body
        return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
    }

    private static func bigEndian(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    /// CRC-32 as PNG chunks carry it (ISO 3309).
    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
