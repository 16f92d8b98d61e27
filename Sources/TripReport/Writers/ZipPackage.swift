import Foundation
import TripModel
import ZIPFoundation

/// A zip container (ODT, DOCX) written with ZIPFoundation: XML parts deflated, pictures
/// streamed from their files so large reports never hold every photo in memory.
struct ZipPackage {
    private let archive: Archive
    let url: URL

    /// Creates a new, empty package at `url`, replacing any file there.
    init(creating url: URL) throws(ReportError) {
        self.url = url
        try? FileManager.default.removeItem(at: url)
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw .write(url.path, FileProblem.of(error))
        }
    }

    /// Adds a part from memory; `compress: false` stores it (the ODF mimetype must be stored).
    func add(_ path: String, _ text: String, compress: Bool = true) throws(ReportError) {
        let data = Data(text.utf8)
        do {
            try archive.addEntry(
                with: path,
                type: .file,
                uncompressedSize: Int64(data.count),
                compressionMethod: compress ? .deflate : .none
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        } catch {
            throw .write(url.path, FileProblem.of(error))
        }
    }

    /// Adds a file's bytes, stored as they are (JPEG is already compressed).
    func add(_ path: String, file: URL) throws(ReportError) {
        do {
            try archive.addEntry(with: path, fileURL: file, compressionMethod: .none)
        } catch {
            throw .write(url.path, FileProblem.of(error))
        }
    }
}
