import Foundation
import Testing
import TripModel

@testable import TripReport

/// What LibreOffice renders from our files, read back with poppler: the itinerary's days whole
/// on their page, cover lines broken between words, Kai and Times-metric faces in the ODT and the
/// DOCX opened without our private font settings, page numbers cached in a DOCX made alone.
@Suite(.enabled(if: PDFConverter.isAvailable && Poppler.isAvailable, "LibreOffice or poppler-utils is not installed"))
struct RenderedPDFTests {
    /// Eight days of six visits each after the Kyushu report's text: the table breaks across
    /// pages inside days unless a day is kept whole.
    func longItinerary() -> Delegation {
        var d = Kyushu.delegation()
        let base = Fixture.date(2025, 9, 1)
        d.end = Fixture.date(2025, 9, 12)
        d.legs = []
        d.events = (0..<8).flatMap { day in
            (0..<6).map { i in
                Fixture.event(
                    "d\(day)v\(i)",
                    i % 2 == 0 ? .visit : .call,
                    "第\(day + 1)日行程\(i + 1) 參訪單位與交流事項說明",
                    base.adding(days: day),
                    place: "fukuoka",
                    notes: ["說明。"]
                )
            }
        }
        return d
    }

    @Test func everyItineraryDayIsWholeOnOnePageOfThePDF() throws {
        let render = try Render()
        let result = try render.generator.generate(
            longItinerary(),
            options: ReportOptions(
                formats: [.pdf],
                outFolder: render.folder.url,
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let pdf = try #require(result.files.first)
        let pages = try Poppler.layoutPages(pdf).map { $0.filter { !$0.isWhitespace } }
        // The table starts on the page of its heading (the contents list the same words before).
        let start = try #require(pages.firstIndex { $0.contains("一、參訪日程") && !$0.contains("一、參訪日程..") })
        var firstPages: Set<Int> = []
        for day in 1...8 {
            let rows = (1...6).map { "第\(day)日行程\($0)參訪" }
            let found = rows.map { row in pages[start...].firstIndex { $0.contains(row) } }
            #expect(Set(found).count == 1, "day \(day) is split over pages \(found)")
            if let page = found.first ?? nil {
                firstPages.insert(page)
                #expect(pages[page].contains("9月\(day)日"), "day \(day)'s rows are not on the page of its date")
            }
        }
        #expect(firstPages.count >= 2, "the itinerary should span pages for this test to mean anything")
    }

    @Test func aDayLongerThanAPageStillPrintsEveryRow() throws {
        var d = Kyushu.delegation()
        d.legs = []
        d.events = (1...45).map { i in
            Fixture.event("v\(i)", .visit, "長日行程\(i)號 參訪單位", Fixture.date(2025, 9, 2), place: "fukuoka", notes: ["說明。"])
        }
        let render = try Render()
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                formats: [.pdf],
                outFolder: render.folder.url,
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let pages = try Poppler.layoutPages(try #require(result.files.first)).map { $0.filter { !$0.isWhitespace } }
        let start = try #require(pages.firstIndex { $0.contains("一、參訪日程日期") })
        let table = pages[start...].joined()
        let end = table.range(of: "二、長日行程1號")?.lowerBound ?? table.endIndex
        let rows = table[..<end]
        for i in 1...45 { #expect(rows.contains("長日行程\(i)號參訪單位"), "row \(i) is missing from the printed itinerary") }
    }

    @Test func coverTitleLinesKeepEveryNameWhole() throws {
        let render = try Render()
        let made = try render.generator.generate(
            Kyushu.delegation(),
            options: ReportOptions(
                formats: [.pdf],
                outFolder: render.folder.url,
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let cover = try Poppler.layoutPages(try #require(made.files.first))[0]
        let lines = cover.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("創業輔導及創新交流計畫赴日本福岡、"))
        #expect(lines.contains("熊本及宮崎考察交流"))
        #expect(!lines.contains { $0.hasSuffix("熊") })
    }

    @Test func docxMadeAloneCarriesMeasuredPagesAndAsksWordToUpdate() throws {
        let render = try Render()
        let result = try render.generator.generate(
            Kyushu.delegation(),
            options: ReportOptions(
                formats: [.docx],
                outFolder: render.folder.url,
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let docx = try #require(result.files.first)
        let xml = try Parts.text(docx, "word/document.xml")
        let cached = try #require(
            xml.range(
                of: #"PAGEREF h1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">\d+"#,
                options: .regularExpression
            )
        )
        #expect(Int(xml[cached].split(separator: ">").last ?? "") ?? 0 >= 3)
        #expect(try Parts.text(docx, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"))
        #expect(result.files.count == 1)
    }

    @Test(
        .enabled(
            if: FontCatalog.shared.isInstalled("AR PL UKai TW") && FontCatalog.shared.isInstalled("Liberation Serif"),
            "fonts-arphic-ukai and fonts-liberation are needed"
        )
    )
    func libreOfficeShowsKaiAndLiberationSerifForOurODTAndDOCX() throws {
        let render = try Render()
        let result = try render.generator.generate(
            Kyushu.delegation(),
            options: ReportOptions(
                formats: [.odt, .docx],
                outFolder: render.folder.url,
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        for file in result.files {
            // Converted as a user's LibreOffice opens it: the system's fonts, no private settings.
            let pdf = try Poppler.convertPlainly(file, into: render.folder.url.appendingPathComponent(file.pathExtension))
            let fonts = try Poppler.fonts(pdf)
            #expect(fonts.contains { $0.contains("UKai") }, "\(file.lastPathComponent): \(fonts)")
            #expect(fonts.contains { $0.contains("LiberationSerif") }, "\(file.lastPathComponent): \(fonts)")
            #expect(!fonts.contains { $0.contains("DejaVu") }, "\(file.lastPathComponent): \(fonts)")
        }
    }
}
