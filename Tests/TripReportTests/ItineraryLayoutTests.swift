import Foundation
import Testing
import TripModel

@testable import TripReport

/// The itinerary's days as groups: one row per day that never splits across pages, so
/// LibreOffice cannot draw a day's date cell over the wrong rows (9 月 4 日 covered 5 of 6).
@Suite struct ItineraryLayoutTests {
    func itinerary() throws -> (Document, Table) {
        let doc = try Render().document(Kyushu.delegation())
        return (doc, doc.tables[1])
    }

    @Test func itineraryDaysBecomeGroupsLedByTheirDateCell() throws {
        let groups = try #require(try itinerary().1.leadGroups)
        let day = try #require(groups.first { $0.lead.lines.first == "9月4日" })
        #expect(
            day.rows.map { $0.map(\.text) }.map(\.last) == [
                "雲海酒造燒酎工廠", "黑木玻璃藝術工坊", "UMK 住宅展示場", "宮崎縣環境森林部", "宮崎縣商工觀光勞動部", "拜會宮崎縣政府副知事佐藤弘之",
            ]
        )
        #expect(groups.count == 7)
        #expect(groups.allSatisfy { group in group.rows.allSatisfy { $0.count == 2 } })
    }

    @Test func tablesWithoutRowSpansAreWrittenAsTheyAre() throws {
        let (doc, _) = try itinerary()
        #expect(doc.tables[0].leadGroups == nil)
        let spanElsewhere = Table(
            widths: [1, 1, 1],
            header: [],
            rows: [
                [TableCell("a", rowSpan: 2), TableCell("b", rowSpan: 2), TableCell("c")], [TableCell("d")],
            ]
        )
        #expect(spanElsewhere.leadGroups == nil)
    }

    @Test func odtWritesEachDayAsOneUnsplittableRowHoldingItsRows() throws {
        let (doc, _) = try itinerary()
        let render = try Render()
        let xml = ODTWriter(styles: render.generator.templates.styles).content(doc)
        let start = try #require(xml.range(of: "9月4日"))
        let day = xml[start.lowerBound...].prefix { _ in true }
        let row = String(day[..<(day.range(of: "9月5日")?.lowerBound ?? day.endIndex)])
        #expect(!xml.contains("table:number-rows-spanned"))
        #expect(row.components(separatedBy: "<table:table-row ").count - 1 == 6 + 1)
        #expect(row.contains("拜會宮崎縣政府副知事佐藤弘之"))
        #expect(xml.contains("<style:style style:name=\"Row\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/>"))
    }

    @Test func docxWritesEachDayAsOneUnsplittableRowWithoutVerticalMerges() throws {
        let (doc, _) = try itinerary()
        let render = try Render()
        let writer = DOCXWriter(styles: render.generator.templates.styles)
        let xml = writer.table(doc.tables[1])
        #expect(!xml.contains("w:vMerge"))
        // Header, then seven days; every day's rows sit in a nested table.
        #expect(xml.components(separatedBy: "<w:tr><w:trPr><w:cantSplit/>").count - 1 == 1 + 7 + 18 + 5)
        #expect(xml.contains("<w:tblHeader/>"))
        #expect(xml.components(separatedBy: "<w:pStyle w:val=\"NestEnd\"/>").count - 1 == 7)
    }

    @Test func councilItineraryGroupsItsDateAndPlaceCells() throws {
        let doc = try Render().document(USA.delegation(), kind: "council")
        let groups = try #require(doc.tables.first?.leadGroups)
        #expect(groups.map { $0.lead.lines.last ?? "" } == ["桃園國際機場", "大波士頓地區", "大紐約地區"])
        #expect(groups.map(\.rows.count) == [1, 5, 3])
    }
}
