import Crypto
import Foundation
import ZIPFoundation

/// The pages of the contents entries measured in LibreOffice for a DOCX made without a PDF,
/// remembered by what was measured: a DOCX alone otherwise starts LibreOffice on every run
/// (1.5–2 s of a report that takes 0.1 s without it), even when nothing in the report changed.
///
/// The key is the SHA-256 of the measured ODT's parts (the text of every XML part; each
/// picture's name, which carries its content hash, size and CRC-32), the headings looked up and
/// the contents title, and LibreOffice's program and version file as they are on disk (an
/// upgrade measures anew). One small JSON file per key in `pages/` beside the photo cache,
/// written under another name and renamed; a file that does not read is measured again.
struct PageMapCache {
    /// The folder of the page maps.
    let folder: URL

    /// The most page maps kept; the oldest go first.
    static let limit = 400

    /// Page maps kept beside a photo cache folder (`…/tripwright/pages`).
    init(besidePhotoCache photos: URL) {
        folder = photos.deletingLastPathComponent().appendingPathComponent("pages")
    }

    /// The key of an ODT measured with `soffice` for `headings` after the contents titled
    /// `contentsTitle`; nil when the ODT cannot be read.
    static func key(odt: URL, headings: [Heading], contentsTitle: String?, soffice: URL) -> String? {
        guard let archive = try? Archive(url: odt, accessMode: .read, pathEncoding: nil) else { return nil }
        var hasher = SHA256()
        func add(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: Data([0]))
        }
        add("page-map v1")
        for entry in archive.sorted(by: { $0.path < $1.path }) {
            add(entry.path)
            if entry.path.hasSuffix(".xml") || entry.path == "mimetype" {
                var data = Data()
                guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil else { return nil }
                hasher.update(data: data)
            } else {
                add("\(entry.checksum) \(entry.uncompressedSize)")
            }
        }
        for heading in headings { add("\(heading.anchor)\t\(heading.fullText)") }
        add(contentsTitle ?? "")
        let program = soffice.resolvingSymlinksInPath()
        for file in [program, program.deletingLastPathComponent().appendingPathComponent("versionrc")] {
            add(file.path)
            if let stamp = FileStamp(path: file.path) { add("\(stamp.size) \(stamp.modified) \(stamp.changed) \(stamp.inode)") }
        }
        return hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }

    /// The page map stored under `key`, if one reads.
    func pages(forKey key: String) -> [String: Int]? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("\(key).json")),
            let pages = try? JSONDecoder().decode([String: Int].self, from: data), !pages.isEmpty
        else { return nil }
        return pages
    }

    /// Stores a page map under `key` (nothing when empty); failures are ignored: it is a cache.
    func store(_ pages: [String: Int], forKey key: String) {
        guard !pages.isEmpty, let data = try? JSONEncoder().encode(pages) else { return }
        let fm = FileManager.default
        let partial = folder.appendingPathComponent(".\(key)-\(UUID().uuidString).json")
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: partial)
            guard rename(partial.path, folder.appendingPathComponent("\(key).json").path) == 0 else {
                try? fm.removeItem(at: partial)
                return
            }
        } catch {
            try? fm.removeItem(at: partial)
            return
        }
        prune()
    }

    /// Removes the oldest page maps beyond `limit`.
    private func prune() {
        let fm = FileManager.default
        guard let files = try? fm.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]),
            files.count > PageMapCache.limit
        else { return }
        let dated = files.filter { $0.pathExtension == "json" }.map { url in
            (url, (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast)
        }
        for (url, _) in dated.sorted(by: { $0.1 < $1.1 }).prefix(max(0, dated.count - PageMapCache.limit)) {
            try? fm.removeItem(at: url)
        }
    }
}
