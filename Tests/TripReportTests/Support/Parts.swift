import Foundation
import ZIPFoundation
@testable import TripReport

/// Parts of written ODT and DOCX files, and the writers' XML without a file.
enum Parts {
    /// The text of one part of a zip package.
    static func text(_ file: URL, _ name: String) throws -> String {
        let archive = try Archive(url: file, accessMode: .read)
        guard let entry = archive[name] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every part name of a zip package.
    static func names(_ file: URL) throws -> [String] {
        try Archive(url: file, accessMode: .read).map(\.path)
    }
}

/// Fonts as a test says they are: installed families with the characters they cover, and what
/// fontconfig would substitute for a name.
struct FakeFonts: FontLookup {
    var installed: [String: Set<Unicode.Scalar>] = [:]
    var substitutes: [String: String] = [:]
    /// A family that covers every character.
    static let everything: Set<Unicode.Scalar> = []

    func isInstalled(_ family: String) -> Bool { installed[family] != nil }
    func substitute(for family: String, lang: String) -> String? { substitutes[family] }
    func has(_ scalar: Unicode.Scalar, in family: String) -> Bool {
        guard let set = installed[family] else { return false }
        return set.isEmpty || set.contains(scalar)
    }
    func anyFamily(with scalar: Unicode.Scalar) -> String? {
        installed.keys.sorted().first { has(scalar, in: $0) }
    }
}
