import Foundation
import Testing
import TripModel

@testable import TripReport

/// A DOCX made without a PDF takes its contents' pages from LibreOffice once per document: the
/// same document again reads them from the page-map cache, a changed one is measured anew.
@Suite(.enabled(if: PDFConverter.isAvailable && Poppler.isAvailable, "LibreOffice or poppler-utils is not installed"))
struct PageMapCacheTests {
    /// The page the contents give the first heading in a DOCX.
    private func firstContentsPage(_ docx: URL) throws -> Int? {
        let xml = try Parts.text(docx, "word/document.xml")
        guard
            let r = xml.range(
                of: #"PAGEREF h1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">\d+"#,
                options: .regularExpression
            )
        else { return nil }
        return Int(xml[r].split(separator: ">").last ?? "")
    }

    @Test("the same document reads its pages from the cache; a changed one is measured again")
    func sameDocumentReadsTheCacheChangedOneMeasures() throws {
        let render = try Render()
        let cache = render.folder.url.appendingPathComponent("cache")
        func make(_ d: Delegation) throws -> URL {
            let result = try render.generator.generate(
                d,
                options: ReportOptions(
                    formats: [.docx],
                    outFolder: render.folder.url.appendingPathComponent("out"),
                    photoRoot: render.folder.url,
                    photos: PhotoProcessor(cacheFolder: cache)
                )
            )
            return try #require(result.files.first)
        }
        let measured = try #require(try firstContentsPage(try make(Kyushu.delegation())))
        let pagesFolder = render.folder.url.appendingPathComponent("pages")
        let stored = try FileManager.default.contentsOfDirectory(at: pagesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        #expect(stored.count == 1)
        // Mark the stored map: a second run that shows the mark read it instead of measuring.
        let file = try #require(stored.first)
        var pages = try JSONDecoder().decode([String: Int].self, from: Data(contentsOf: file))
        for key in pages.keys { pages[key] = 97 }
        try JSONEncoder().encode(pages).write(to: file)
        #expect(try firstContentsPage(try make(Kyushu.delegation())) == 97)
        // A different document has another key and is measured.
        var changed = Kyushu.delegation()
        changed.purpose = (changed.purpose ?? "") + "再加一句。"
        #expect(try firstContentsPage(try make(changed)) == measured)
    }

    @Test("a page-map file that does not read is measured again")
    func unreadableMapIsMeasuredAgain() throws {
        let render = try Render()
        let cache = render.folder.url.appendingPathComponent("cache")
        let options = ReportOptions(
            formats: [.docx],
            outFolder: render.folder.url.appendingPathComponent("out"),
            photoRoot: render.folder.url,
            photos: PhotoProcessor(cacheFolder: cache)
        )
        _ = try render.generator.generate(Kyushu.delegation(), options: options)
        let pagesFolder = render.folder.url.appendingPathComponent("pages")
        for file in try FileManager.default.contentsOfDirectory(at: pagesFolder, includingPropertiesForKeys: nil) {
            try Data("{\"h1\": \"not a page\"".utf8).write(to: file)
        }
        let docx = try #require(try render.generator.generate(Kyushu.delegation(), options: options).files.first)
        #expect((try firstContentsPage(docx) ?? 0) >= 3)
    }
}
