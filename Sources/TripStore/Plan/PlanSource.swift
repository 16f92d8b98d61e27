import Foundation
import TripModel

/// The text of a plan file: what is at the path, and whether its bytes are UTF-8 text. Every
/// other case gets a message saying what the file is (a folder, a symlink loop, UTF-16, Big5, a
/// JPEG…) and what is expected, where today all said "not found". A UTF-8 byte-order mark is
/// accepted and dropped.
enum PlanSource {
    /// The text of the file at `url`; `name` is how messages name it.
    static func text(at url: URL, name: String) throws(PlanErrors) -> String {
        let path = url.path
        var info = stat()
        if stat(path, &info) != 0 {
            let problem: PlanFileProblem
            switch errno {
            case ELOOP: problem = .symlinkLoop(name)
            case EACCES: problem = .noPermission(name)
            default: problem = .notFound(name)
            }
            throw failure(name, .file(problem))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure(name, .file(.folder(name)))
        default: throw failure(name, .file(.notRegular(name)))
        }
        if Int(info.st_size) > PlanLimits.maximumFileBytes {
            throw failure(name, .file(.tooLarge(bytes: Int(info.st_size), limit: PlanLimits.maximumFileBytes)), line: 1)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw failure(name, .file(access(path, R_OK) == 0 ? .notFound(name) : .noPermission(name)))
        }
        return try text(of: data, name: name)
    }

    /// The text of bytes received as a plan (a web upload).
    static func text(of data: Data, name: String) throws(PlanErrors) -> String {
        guard data.count <= PlanLimits.maximumFileBytes else {
            throw failure(name, .file(.tooLarge(bytes: data.count, limit: PlanLimits.maximumFileBytes)), line: 1)
        }
        let bytes = [UInt8](data)
        if let problem = encodingProblem(bytes) { throw failure(name, .file(problem), line: 1) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        let (offset, line, column) = firstInvalidByte(body)
        throw PlanErrors([PlanError(file: name, line: line, column: column, problem: .file(.invalidUTF8(byte: body[offset])))])
    }

    /// UTF-16 and UTF-32 (with or without a byte-order mark) and binary files, told apart by
    /// their first bytes.
    static func encodingProblem(_ bytes: [UInt8]) -> PlanFileProblem? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32 }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true, byteOrderMark: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false, byteOrderMark: true) }
        for (signature, kind) in signatures where bytes.starts(with: signature) { return .binary(kind: kind) }
        let head = bytes.prefix(4096)
        guard head.contains(0) else { return nil }
        // Text in UTF-16 has a zero in every other byte (ASCII keys: `t\0r\0i\0`).
        var zeros = (even: 0, odd: 0)
        for (i, b) in head.enumerated() where b == 0 { if i % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 } }
        let half = head.count / 2
        if zeros.odd * 3 > half, zeros.even * 10 < half { return .utf16(bigEndian: false, byteOrderMark: false) }
        if zeros.even * 3 > half, zeros.odd * 10 < half { return .utf16(bigEndian: true, byteOrderMark: false) }
        return .binary(kind: nil)
    }

    /// File types a plan is often confused with, by their first bytes.
    private static let signatures: [([UInt8], LocalizedText)] = [
        ([0x89, 0x50, 0x4E, 0x47], LocalizedText(zh: "PNG 圖片", en: "a PNG image")),
        ([0xFF, 0xD8, 0xFF], LocalizedText(zh: "JPEG 照片", en: "a JPEG photo")),
        (Array("GIF8".utf8), LocalizedText(zh: "GIF 圖片", en: "a GIF image")),
        (Array("%PDF".utf8), LocalizedText(zh: "PDF 文件", en: "a PDF document")),
        ([0x50, 0x4B, 0x03, 0x04], LocalizedText(zh: "ZIP 壓縮檔，或 Word（DOCX）、ODT 文件", en: "a ZIP archive, or a Word (DOCX) or ODT document")),
        ([0xD0, 0xCF, 0x11, 0xE0], LocalizedText(zh: "舊版 Word 或 Excel 文件", en: "an old Word or Excel document")),
        (Array("SQLite format 3".utf8), LocalizedText(zh: "SQLite 資料庫（例如 tripwright 的資料庫檔）", en: "an SQLite database (such as tripwright's own)")),
        ([0x1F, 0x8B], LocalizedText(zh: "gzip 壓縮檔", en: "a gzip archive")),
        ([0x7F, 0x45, 0x4C, 0x46], LocalizedText(zh: "執行檔", en: "a program")),
    ]

    /// Byte offset, line and column (in characters) of the first byte that is not UTF-8.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> (offset: Int, line: Int, column: Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (min(offset, max(0, bytes.count - 1)), line, column)
            }
        }
    }

    private static func failure(_ name: String, _ problem: PlanProblem, line: Int = 0) -> PlanErrors {
        PlanErrors([PlanError(file: name, line: line, column: line == 0 ? 0 : 1, problem: problem)])
    }
}
