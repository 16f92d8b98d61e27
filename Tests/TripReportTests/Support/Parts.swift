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
