import Foundation
import Testing
import TripModel
import ZIPFoundation

@testable import TripReport

/// LibreOffice as a real client inside `swift test`; skipped with a message where it is absent
/// (CI installs it, and tools/check_reports.sh runs the full checks).
@Suite(.enabled(if: PDFConverter.isAvailable, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"))
struct PDFTests {
    @Test func reviewFormConvertsToAPDFThatPopplerReads() throws {
        let folder = TestFolder()
        let generator = ReportGenerator(templates: try RepoTemplates.load())
        let result = try generator.generate(
            Kyushu.delegation(),
            options: ReportOptions(
                kind: "review-form",
                formats: [.pdf],
                outFolder: folder.url,
                photoRoot: folder.url,
                photos: PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
            )
        )
        let pdf = try #require(result.files.first)
        #expect(PageCounter.pages(of: pdf) == 1)
    }

    @Test func docxContentsCarryThePagesMeasuredInThePDF() throws {
        let folder = TestFolder()
        let generator = ReportGenerator(templates: try RepoTemplates.load())
        let result = try generator.generate(
            Kyushu.delegation(),
            options: ReportOptions(
                kind: "trip",
                formats: [.docx, .pdf],
                outFolder: folder.url,
                photoRoot: folder.url,
                photos: PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
            )
        )
        let docx = try #require(result.files.first { $0.pathExtension == "docx" })
        let archive = try Archive(url: docx, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["word/document.xml"])) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)
        let cached = try #require(
            xml.range(
                of: #"PAGEREF h1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">\d+"#,
                options: .regularExpression
            )
        )
        #expect(Int(xml[cached].split(separator: ">").last ?? "") ?? 0 >= 3)
    }

    @Test("the PDF carries the downscaled photos byte for byte: LibreOffice neither reduces nor re-encodes them")
    func photosReachThePDFUnchanged() throws {
        let pdfimages = try #require(Poppler.tool("pdfimages"), "poppler-utils is not installed")
        let folder = TestFolder()
        var d = Kyushu.delegation()
        for (k, size) in [(3000, 2000), (2400, 3200)].enumerated() {
            let file = folder.url.appendingPathComponent("photo-\(k).jpg")
            try SyntheticPhoto.write(to: file, width: size.0, height: size.1, variant: k)
            d.events[0].photos.append(Photo(file: file.lastPathComponent, caption: "照片 \(k + 1)"))
        }
        let cache = folder.url.appendingPathComponent("cache")
        let result = try ReportGenerator(templates: try RepoTemplates.load()).generate(
            d,
            options: ReportOptions(
                kind: "trip",
                formats: [.pdf],
                outFolder: folder.url.appendingPathComponent("out"),
                photoRoot: folder.url,
                photos: PhotoProcessor(cacheFolder: cache)
            )
        )
        let pdf = try #require(result.files.first)
        let extracted = folder.url.appendingPathComponent("extracted")
        try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
        _ = try Poppler.run(pdfimages, ["-j", pdf.path, extracted.appendingPathComponent("image").path])
        let inPDF = Set(
            try FileManager.default.contentsOfDirectory(at: extracted, includingPropertiesForKeys: nil)
                .map { try Data(contentsOf: $0) }
        )
        let prepared = try FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jpg" }
        #expect(prepared.count == 2)
        for copy in prepared {
            #expect(inPDF.contains(try Data(contentsOf: copy)), "\(copy.lastPathComponent) is not in the PDF as it is")
        }
    }
}
