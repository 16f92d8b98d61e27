import Foundation
import Testing
import TripModel
import ZIPFoundation

@testable import TripReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text a database written by an older version may still hold (input now refuses it): no
/// writer drops or mangles it silently or makes a file a reader refuses (issue 9 §4).
@Suite struct HostileTextTests {
    /// Every kind of character a field cannot hold, and Markdown markup, in one string.
    static let line = "甲|乙 *強調* _底線_ #1 [連結](x) <b>&amp; {#h1} `碼` ~刪~ $5 ^上^ @引"
    static let controls = "響\u{07}逃\u{1B}[31m空\u{0}反\u{202E}向\u{FFFE}尾\u{9B}"
    static let broken = "第一行\n第二行\r\n第三行\r第四行\u{2028}第五行"

    /// A document with the hostile text in every kind of block, written as the writers get it
    /// from a builder that did not settle it (so each writer's own robustness is tested).
    static var document: Document {
        Document(
            title: broken + controls,
            blocks: [
                .cover(CoverLine(broken, style: .title)),
                .cover(CoverLine(controls, style: .field)),
                .pageBreak,
                .toc(title: "目錄"),
                .heading(Heading(level: 1, number: "壹、", text: broken + line, anchor: "h1")),
                .paragraph(Paragraph(broken, style: .body)),
                .paragraph(Paragraph("1. 不是清單\n- 也不是\n---\n    不是程式碼\n# 不是標題", style: .body)),
                .paragraph(Paragraph(controls + " \t 兩個  空格", style: .prompt)),
                .paragraph(Paragraph(broken, style: .item)),
                .heading(Heading(level: 2, number: "一、", text: controls, anchor: "h2")),
                .table(
                    Table(
                        widths: [1, 1],
                        header: [[TableCell("標|題"), TableCell(broken)]],
                        rows: [[TableCell(line), TableCell([broken, controls])]]
                    )
                ),
                .photoGrid(PhotoGrid(items: [GridItem(image: nil, caption: [broken, line, controls])])),
            ]
        )
    }

    let folder = TestFolder()
    let styles: StyleSheet

    init() throws { styles = try RepoTemplates.load().styles }

    func part(_ file: URL, _ name: String) throws -> Data {
        let archive = try Archive(url: file, accessMode: .read)
        let entry = try #require(archive[name])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    /// Parses XML; the error when it is not well formed.
    func xmlError(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)"
    }

    /// The characters a reader must never get raw.
    func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n" && s != "\t" && s != "\r") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || s.value == 0xFFFE
        }
    }

    // MARK: ODT and DOCX

    @Test func odtContentIsWellFormedWithBreaksTabsAndSpacesAsElements() throws {
        let file = folder.url.appendingPathComponent("h.odt")
        try ODTWriter(styles: styles).write(Self.document, to: file)
        for name in ["content.xml", "meta.xml"] {
            #expect(xmlError(try part(file, name)) == nil, "\(name)")
        }
        let content = String(decoding: try part(file, "content.xml"), as: UTF8.self)
        #expect(!hasRawControls(content))
        #expect(content.contains("第一行<text:line-break/>第二行<text:line-break/>第三行<text:line-break/>第四行<text:line-break/>第五行"))
        #expect(content.contains("<text:tab/>"))
        #expect(content.contains("兩個 <text:s text:c=\"1\"/>空格"))
        #expect(content.contains("響\u{FFFD}逃\u{FFFD}[31m空\u{FFFD}反\u{FFFD}向\u{FFFD}尾\u{FFFD}"))
        // Leading spaces after a line break are kept, not dropped by the reader.
        #expect(content.contains("<text:line-break/><text:s text:c=\"4\"/>不是程式碼"))
    }

    @Test func docxDocumentIsWellFormedWithBreaksAndTabsAsElements() throws {
        let file = folder.url.appendingPathComponent("h.docx")
        try DOCXWriter(styles: styles).write(Self.document, to: file)
        for name in ["word/document.xml", "docProps/core.xml"] {
            #expect(xmlError(try part(file, name)) == nil, "\(name)")
        }
        let document = String(decoding: try part(file, "word/document.xml"), as: UTF8.self)
        #expect(!hasRawControls(document))
        #expect(document.contains("第一行</w:t><w:br/><w:t xml:space=\"preserve\">第二行</w:t><w:br/>"))
        #expect(document.contains("<w:tab/>"))
        #expect(document.contains("響\u{FFFD}逃\u{FFFD}[31m"))
    }

    // MARK: HTML

    @Test func htmlHasNoRawControlAndEscapesMarkup() throws {
        let html = HTMLWriter(styles: styles).render(Self.document)
        #expect(!hasRawControls(html))
        #expect(html.contains("第一行<br>第二行<br>第三行<br>第四行<br>第五行"))
        #expect(html.contains("&lt;b&gt;&amp;amp;"))
        #expect(!html.contains("<b>"))
        // The title is one line (a line break in <title> is shown as a space anyway).
        #expect(html.contains("<title>第一行 第二行 第三行 第四行 第五行"))
    }

    // MARK: Markdown

    var markdown: String { MarkdownWriter().render(Self.document) }

    @Test func markdownHasNoRawControl() {
        #expect(!hasRawControls(markdown))
        #expect(markdown.contains("響\u{FFFD}逃\u{FFFD}\\[31m"))
    }

    @Test func everyHeadingStaysOnOneLineWithItsAnchorAndEveryContentsLinkResolves() {
        let lines = markdown.components(separatedBy: "\n")
        let headings = lines.filter { $0.hasPrefix("#") }
        let anchors = Set(
            headings.compactMap { line -> String? in
                guard let r = line.range(of: #"\{#(h[0-9]+)\}$"#, options: .regularExpression) else { return nil }
                return String(line[r].dropFirst(2).dropLast())
            }
        )
        #expect(headings.count == 3)  // 目錄 and the two headings
        #expect(anchors == ["h1", "h2"])
        #expect(headings.contains { $0.contains("第一行 第二行 第三行 第四行 第五行甲\\|乙") })
        let links = lines.compactMap { line -> String? in
            guard let r = line.range(of: #"\]\(#(h[0-9]+)\)$"#, options: .regularExpression) else { return nil }
            return String(line[r].dropFirst(3).dropLast())
        }
        #expect(Set(links) == anchors)
    }

    @Test func everyTableRowIsOneLineWithItsPipesEscaped() {
        let rows = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("|") }
        #expect(rows.count == 3)  // header, delimiter, one body row
        for row in rows {
            #expect(row.hasSuffix("|"))
            // Unescaped pipes are the cell separators only: 3 for two cells.
            let separators = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(separators == 3, "\(row)")
        }
        #expect(rows[0].contains("標\\|題"))
        #expect(rows[2].contains("第一行 第二行 第三行 第四行 第五行"))
    }

    @Test func inlineMarkupIsEscapedSoItReadsAsText() {
        #expect(markdown.contains("甲\\|乙 \\*強調\\* \\_底線\\_ \\#1 \\[連結\\](x) \\<b\\>\\&amp; \\{\\#h1\\} \\`碼\\` \\~刪\\~ \\$5 \\^上\\^ \\@引"))
    }

    @Test func aLineBreakInAParagraphIsAHardBreakThatKeepsThePrefix() {
        #expect(markdown.contains("第一行\\\n第二行\\\n第三行\\\n第四行\\\n第五行"))
        #expect(markdown.contains("- 第一行\\\n  第二行"))
        #expect(markdown.contains("1\\. 不是清單\\\n\\- 也不是\\\n\\---\\\n&#32;&#32;&#32;&#32;不是程式碼\\\n\\# 不是標題"))
    }

    @Test func aPromptWithControlsStaysOneQuotedParagraph() {
        #expect(markdown.contains("> 響\u{FFFD}逃\u{FFFD}\\[31m空\u{FFFD}反\u{FFFD}向\u{FFFD}尾\u{FFFD} \t 兩個  空格"))
    }
}
