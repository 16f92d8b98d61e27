import Foundation

/// Office Open XML (DOCX) for Word.
struct DOCXWriter {
    let styles: StyleSheet

    func write(_ doc: Document, to url: URL) throws(ReportError) {
        throw .write(url.path, "DOCX not written yet")
    }
}
