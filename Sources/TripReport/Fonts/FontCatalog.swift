import CFontconfig
import Foundation

/// The fonts installed on this machine, as fontconfig (what LibreOffice uses on Linux) sees
/// them: whether a family is installed, what fontconfig substitutes for a name, and whether a
/// family has a glyph for a character. Answers are cached; one catalog serves the process.
final class FontCatalog: FontLookup, @unchecked Sendable {
    /// The process's catalog.
    static let shared = FontCatalog()

    private let lock = NSLock()
    /// Character sets by family; nil when the family is not installed. Owned here, never freed
    /// (a handful of families per process).
    private var charsets: [String: OpaquePointer?] = [:]
    private var matches: [String: String?] = [:]
    private var holders: [UInt32: String?] = [:]

    private init() {}

    func isInstalled(_ family: String) -> Bool {
        charset(family) != nil
    }

    func substitute(for family: String, lang: String) -> String? {
        let key = family + "\u{0}" + lang
        lock.lock()
        defer { lock.unlock() }
        if let known = matches[key] { return known }
        var buffer = [CChar](repeating: 0, count: 512)
        let found =
            tw_fc_match(family, lang, &buffer, buffer.count) == 0
            ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        matches[key] = found
        return found
    }

    func has(_ scalar: Unicode.Scalar, in family: String) -> Bool {
        guard let set = charset(family) else { return false }
        lock.lock()
        defer { lock.unlock() }
        return FcCharSetHasChar(set, scalar.value) != 0
    }

    func anyFamily(with scalar: Unicode.Scalar) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let known = holders[scalar.value] { return known }
        var buffer = [CChar](repeating: 0, count: 512)
        let found =
            tw_fc_family_with(scalar.value, &buffer, buffer.count) == 0
            ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        holders[scalar.value] = found
        return found
    }

    private func charset(_ family: String) -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        if let known = charsets[family] { return known }
        let set = tw_fc_family_charset(family)
        charsets[family] = set
        return set
    }
}
