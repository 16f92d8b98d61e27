import Foundation
import Testing
import ZIPFoundation
@testable import TripReport

/// LibreOffice as a real client inside `swift test`; skipped with a message where it is absent
/// (CI installs it, and tools/check_reports.sh runs the full checks).
@Suite(.enabled(if: PDFConverter.isAvailable, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"))
struct PDFTests {
    @Test func reviewFormConvertsToAPDFThatPopplerReads() throws {
        let folder = TestFolder()
        let generator = ReportGenerator(templates: try RepoTemplates.load())
        let result = try generator.generate(Kyushu.delegation(), options: ReportOptions(
            kind: "review-form", formats: [.pdf], outFolder: folder.url, photoRoot: folder.url,
            photos: PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))))
        let pdf = try #require(result.files.first)
        #expect(PageCounter.pages(of: pdf) == 1)
    }

    @Test func docxContentsCarryThePagesMeasuredInThePDF() throws {
        let folder = TestFolder()
        let generator = ReportGenerator(templates: try RepoTemplates.load())
        let result = try generator.generate(Kyushu.delegation(), options: ReportOptions(
            kind: "trip", formats: [.docx, .pdf], outFolder: folder.url, photoRoot: folder.url,
            photos: PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))))
        let docx = try #require(result.files.first { $0.pathExtension == "docx" })
        let archive = try Archive(url: docx, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)
        let cached = try #require(xml.range(of: #"PAGEREF h1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">\d+"#,
                                             options: .regularExpression))
        #expect(Int(xml[cached].split(separator: ">").last ?? "") ?? 0 >= 3)
    }
}
