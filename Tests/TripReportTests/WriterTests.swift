import Foundation
import Testing
import TripModel
import ZIPFoundation

@testable import TripReport

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct WriterTests {
    static let hostile = "A&B <x> \"q\" 'a' \u{1}"

    func hostileDelegation() -> Delegation {
        var d = Kyushu.delegation()
        d.title = WriterTests.hostile
        d.events[0].notes = [Note(text: WriterTests.hostile)]
        d.members[0].name = WriterTests.hostile
        return d
    }

    func part(_ file: URL, _ name: String) throws -> Data {
        let archive = try Archive(url: file, accessMode: .read)
        let entry = try #require(archive[name])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    func parses(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        return parser.parse()
    }

    @Test func odtStartsWithAStoredMimetypeAndEveryPartIsWellFormedXML() throws {
        let render = try Render()
        let file = render.folder.url.appendingPathComponent("r.odt")
        try ODTWriter(styles: render.generator.templates.styles).write(try render.document(hostileDelegation()), to: file)
        let archive = try Archive(url: file, accessMode: .read)
        let first = try #require(archive.makeIterator().next())
        #expect(first.path == "mimetype")
        #expect(first.type == .file && first.compressedSize == first.uncompressedSize)
        for name in ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"] {
            #expect(parses(try part(file, name)), "\(name) is not well-formed")
        }
        let content = String(decoding: try part(file, "content.xml"), as: UTF8.self)
        #expect(content.contains("A&amp;B &lt;x&gt; &quot;q&quot; &apos;a&apos; "))
    }

    @Test func docxPartsAreWellFormedAndEscapeUserText() throws {
        let render = try Render()
        let file = render.folder.url.appendingPathComponent("r.docx")
        try DOCXWriter(styles: render.generator.templates.styles).write(try render.document(hostileDelegation()), to: file)
        for name in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
            "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml",
        ] {
            #expect(parses(try part(file, name)), "\(name) is not well-formed")
        }
    }

    @Test func htmlEscapesUserText() throws {
        let html = try Render().html(hostileDelegation())
        #expect(html.contains("<title>A&amp;B &lt;x&gt;"))
        #expect(!html.contains("<x>"))
    }

    @Test func markdownEscapesMarkup() throws {
        var d = Kyushu.delegation()
        d.events[0].notes = [Note(text: "*強調* 與 [連結](x) #1")]
        let md = try Render().markdown(d)
        #expect(md.contains("\\*強調\\* 與 \\[連結\\](x) \\#1"))
    }

    @Test func spannedTableCellsCoverTheirPositions() throws {
        let t = Table(
            widths: [1, 1, 1],
            header: [[TableCell("a"), TableCell("b", colSpan: 2)]],
            rows: [[TableCell("x", rowSpan: 2), TableCell("1"), TableCell("2")], [TableCell("3"), TableCell("4")]]
        )
        let grid = t.grid
        #expect(grid[0][2] == nil)
        #expect(grid[2][0] == nil)
        #expect(grid[2][1]?.text == "3")
    }
}
