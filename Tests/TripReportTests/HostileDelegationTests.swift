import Foundation
import Testing
import TripModel
import ZIPFoundation

@testable import TripReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A delegation stored by an older version with line breaks in one-line fields and control
/// characters in text (cases/integrity/newline-in-title.yaml, D13c-control-char.yaml): the
/// report drafts whole sentences, keeps headings and rows whole, makes files readers accept,
/// and says what it had to change (issue 9 §4).
@Suite struct HostileDelegationTests {
    /// The Kyushu delegation with the title written with YAML `|` (a line break inside and one
    /// at the end), a unit with a trailing line break, an event title over two lines, a member's
    /// name with BEL and a note with ESC.
    static func delegation() -> Delegation {
        var d = Kyushu.delegation()
        d.title = "一一四年度臺中市創業輔導及創新交流計畫\n赴日本福岡考察出國報告\n"
        d.agency = "臺中市政府\u{07}經濟發展局"
        d.members[0].unit = "臺中市政府經濟發展局\n"
        d.members[1].name = "洪青\u{1B}[31m瑞"
        d.events[1].title = "拜會 Fukuoka\nGrowth Next"
        d.events[1].notes = [Note(text: "第一段。\n第二段含\u{1B}[2K跳脫字元。")]
        d.events[1].photos = []
        d.press[0].headline = "| 標題\n第二行"
        return d
    }

    @Test func theDraftedSummaryIsOneParagraphWithTheTitleOnOneLine() throws {
        let render = try Render()
        let summary = try render.generator.draftSummary(for: Self.delegation())
        #expect(!summary.contains("\n"))
        let doc = try render.document(Self.delegation())
        let start = try #require(doc.blocks.firstIndex { if case let .heading(h) = $0 { h.text == "摘要" } else { false } })
        guard case let .paragraph(first) = doc.blocks[start + 1] else {
            Issue.record("no paragraph after 摘要")
            return
        }
        guard case .heading = doc.blocks[start + 2] else {
            Issue.record("摘要 was split into more than one paragraph")
            return
        }
        #expect(first.text.contains("經濟發展局"))
    }

    @Test func theCoverTitleAndEveryHeadingAreOneLine() throws {
        let doc = try Render().document(Self.delegation())
        #expect(doc.coverLines.contains("一一四年度臺中市創業輔導及創新交流計畫 赴日本福岡考察出國報告"))
        #expect(doc.headings.contains { $0.text == "拜會 Fukuoka Growth Next" })
        #expect(doc.headings.allSatisfy { !$0.text.contains("\n") })
        #expect(doc.title == "一一四年度臺中市創業輔導及創新交流計畫 赴日本福岡考察出國報告")
    }

    @Test func theMembersTableKeepsOneLinePerCellAndShowsControlsVisibly() throws {
        let md = try Render().markdown(Self.delegation())
        #expect(md.contains("| 1 | 臺中市政府經濟發展局 | 局長 | 張峯源 |"))
        #expect(md.contains("洪青\u{FFFD}\\[31m瑞"))
        #expect(!md.unicodeScalars.contains("\u{1B}") && !md.unicodeScalars.contains("\u{07}"))
    }

    @Test func aNoteKeepsItsParagraphsAndShowsItsEscapeVisibly() throws {
        let doc = try Render().document(Self.delegation())
        #expect(doc.texts.contains("第一段。"))
        #expect(doc.texts.contains("第二段含\u{FFFD}[2K跳脫字元。"))
    }

    @Test func everyFormatFromTheGeneratorIsAFileItsReaderAccepts() throws {
        let render = try Render()
        let d = Self.delegation()
        try SamplePhotos.write(for: d, into: render.folder.url.appendingPathComponent("data"))
        let out = render.folder.url.appendingPathComponent("out")
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                kind: "trip",
                formats: [.md, .html, .odt, .docx],
                outFolder: out,
                photoRoot: render.folder.url.appendingPathComponent("data"),
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        for file in result.files where ["odt", "docx"].contains(file.pathExtension) {
            let archive = try Archive(url: file, accessMode: .read)
            for entry in archive where entry.path.hasSuffix(".xml") {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                #expect(XMLParser(data: data).parse(), "\(file.lastPathComponent): \(entry.path)")
            }
        }
        for file in result.files where ["md", "html"].contains(file.pathExtension) {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(file.lastPathComponent)")
        }
    }

    @Test func theRunWarnsAboutEachFieldItHadToChange() throws {
        let render = try Render()
        let d = Self.delegation()
        try SamplePhotos.write(for: d, into: render.folder.url.appendingPathComponent("data"))
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                kind: "trip",
                formats: [.md],
                outFolder: render.folder.url.appendingPathComponent("out"),
                photoRoot: render.folder.url.appendingPathComponent("data"),
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let zh = result.warnings.map { $0.text(.zh) }
        #expect(zh.contains { $0.hasPrefix("「計畫名稱」") && $0.contains("換行") })
        #expect(zh.contains { $0.hasPrefix("「服務機關」") && $0.contains("控制字元") })
        #expect(zh.contains { $0.hasPrefix("人員「張峯源」的「單位」") && $0.contains("換行") })
        #expect(zh.contains { $0.hasPrefix("人員「洪青\u{FFFD}[31m瑞」的「姓名」") })
        #expect(zh.contains { $0.hasPrefix("行程「fgn」的「標題」") })
        #expect(zh.contains { $0.hasPrefix("行程「fgn」的「筆記」") && $0.contains("控制字元") })
        #expect(zh.contains { $0.hasPrefix("新聞「\(d.press[0].id)」的「標題」") })
        #expect(result.warnings.allSatisfy { !$0.en.isEmpty && !$0.zh.unicodeScalars.contains("\u{1B}") })
    }

    @Test func aCleanDelegationGetsNoSuchWarning() throws {
        let render = try Render()
        let d = Kyushu.delegation()
        try SamplePhotos.write(for: d, into: render.folder.url.appendingPathComponent("data"))
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                kind: "trip",
                formats: [.md],
                outFolder: render.folder.url.appendingPathComponent("out"),
                photoRoot: render.folder.url.appendingPathComponent("data"),
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        #expect(!result.warnings.contains { $0.zh.contains("換行") || $0.zh.contains("控制字元") })
    }
}
