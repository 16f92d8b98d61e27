import Foundation
import Testing
import TripModel

@testable import TripReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// How paragraphs look in every format: headings and labels kept with what follows, outcome
/// items bulleted, a missing picture's prompt in the red prompt style, page numbers refreshed.
@Suite struct ParagraphStyleTests {
    func files(_ d: Delegation = Kyushu.delegation()) throws -> (odt: URL, docx: URL, render: Render) {
        let render = try Render()
        let doc = try render.document(d)
        let odt = render.folder.url.appendingPathComponent("r.odt")
        let docx = render.folder.url.appendingPathComponent("r.docx")
        let styles = render.generator.templates.styles
        try ODTWriter(styles: styles).write(doc, to: odt)
        try DOCXWriter(styles: styles).write(doc, to: docx)
        return (odt, docx, render)
    }

    @Test func labelsAndHeadingsKeepWithTheNextParagraphInODT() throws {
        let made = try files()
        let styles = try Parts.text(made.odt, "styles.xml")
        for name in ["Label", "Heading_20_1", "Heading_20_2", "Heading_20_3", "Heading_20_4", "Contents_20_Heading"] {
            let style = try #require(styles.range(of: "<style:style style:name=\"\(name)\""))
            let body = styles[style.lowerBound...].prefix { $0 != "\n" }
            #expect(body.contains("fo:keep-with-next=\"always\""), "\(name) does not keep with the next paragraph")
        }
        #expect(styles.contains("fo:widows=\"2\" fo:orphans=\"2\""))
    }

    @Test func labelsAndHeadingsKeepWithTheNextParagraphInDOCX() throws {
        let made = try files()
        let styles = try Parts.text(made.docx, "word/styles.xml")
        for id in ["Label", "Heading1", "Heading2", "Heading3", "Heading4", "TOCHeading"] {
            let start = try #require(styles.range(of: "w:styleId=\"\(id)\""))
            let body = styles[start.lowerBound...].prefix { _ in true }
            let style = body[..<(body.range(of: "</w:style>")?.lowerBound ?? body.endIndex)]
            #expect(style.contains("<w:keepNext/>"), "\(id) does not keep with the next paragraph")
        }
        #expect(styles.contains("<w:widowControl/>"))
    }

    @Test func labelsKeepWithTheNextBlockInHTML() throws {
        let html = try Render().html(Kyushu.delegation())
        #expect(html.contains("p.label { font-weight: bold; margin: 0.4em 0 0.2em; page-break-after: avoid; break-after: avoid; }"))
    }

    @Test func outcomeItemsAreBulletedListsInODT() throws {
        let made = try files()
        let content = try Parts.text(made.odt, "content.xml")
        let styles = try Parts.text(made.odt, "styles.xml")
        #expect(content.contains("<text:list text:style-name=\"Bullets\">\n<text:list-item><text:p text:style-name=\"List_20_Item\">見證宮崎縣森林林業協會"))
        #expect(content.contains("（114 年 10 月 3 日）</text:p></text:list-item>\n</text:list>"))
        #expect(styles.contains("<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"))
    }

    @Test func outcomeItemsAreBulletedListsInDOCX() throws {
        let made = try files()
        let docx = made.docx
        let styles = try Parts.text(docx, "word/styles.xml")
        let numbering = try Parts.text(docx, "word/numbering.xml")
        #expect(
            styles.contains(
                "w:styleId=\"ListItem\"><w:name w:val=\"List Item\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
            )
        )
        #expect(numbering.contains("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"))
        #expect(try Parts.text(docx, "[Content_Types].xml").contains("/word/numbering.xml"))
        #expect(try Parts.text(docx, "word/_rels/document.xml.rels").contains("Target=\"numbering.xml\""))
    }

    @Test func outcomeItemsAreBulletedInHTMLAndMarkdown() throws {
        let html = try Render().html(Kyushu.delegation())
        let md = try Render().markdown(Kyushu.delegation())
        #expect(html.contains("p.item::before { content: \"• \"; }"))
        #expect(html.contains("<p class=\"item\">見證宮崎縣森林林業協會"))
        #expect(md.contains("\n- 見證宮崎縣森林林業協會"))
    }

    func withPhotoPlaceholder() -> Delegation {
        var d = Kyushu.delegation()
        d.events[0].photos = [Photo(file: nil, caption: "古賀和秀理事長分享市場管理")]
        return d
    }

    @Test func photoPlaceholderIsAPromptInThePicturesPlaceAboveItsCaption() throws {
        let doc = try Render().document(withPhotoPlaceholder())
        let grid = try #require(doc.blocks.lazy.compactMap { if case let .photoGrid(g) = $0 { g } else { nil } }.first)
        #expect(grid.items[0].prompt == "【待填】照片檔案未提供：（未指定）")
        #expect(grid.items[0].caption == ["古賀和秀理事長分享市場管理"])
        #expect(doc.prompts.contains("【待填】照片檔案未提供：（未指定）"))
    }

    @Test func photoPlaceholderUsesThePromptStyleInEveryFormat() throws {
        let d = withPhotoPlaceholder()
        let (odt, docx, render) = try files(d)
        #expect(
            try Parts.text(odt, "content.xml").contains(
                "<table:table-cell table:style-name=\"PhotoCell\" office:value-type=\"string\"><text:p text:style-name=\"Picture_20_Prompt\">【待填】照片檔案未提供：（未指定）</text:p><text:p text:style-name=\"Caption\">古賀和秀理事長分享市場管理</text:p>"
            )
        )
        #expect(
            try Parts.text(docx, "word/document.xml").contains(
                "<w:p><w:pPr><w:pStyle w:val=\"PicturePrompt\"/></w:pPr><w:r><w:t xml:space=\"preserve\">【待填】照片檔案未提供：（未指定）</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">古賀和秀理事長分享市場管理"
            )
        )
        // The picture's prompt is the red Prompt style at caption size.
        #expect(
            try Parts.text(odt, "styles.xml").contains(
                "<style:style style:name=\"Picture_20_Prompt\" style:display-name=\"Picture Prompt\" style:family=\"paragraph\" style:parent-style-name=\"Prompt\">"
            )
        )
        #expect(
            try Parts.text(docx, "word/styles.xml").contains(
                "w:styleId=\"PicturePrompt\"><w:name w:val=\"Picture Prompt\"/><w:basedOn w:val=\"Prompt\"/>"
            )
        )
        #expect(try render.html(d).contains("<figure><p class=\"prompt\">【待填】照片檔案未提供：（未指定）</p><figcaption>古賀和秀理事長分享市場管理</figcaption></figure>"))
        #expect(try render.markdown(d).contains("> 【待填】照片檔案未提供：（未指定）\n\n*古賀和秀理事長分享市場管理*"))
    }

    @Test func docxAsksWordToUpdateItsFieldsOnOpening() throws {
        let made = try files()
        let settings = try Parts.text(made.docx, "word/settings.xml")
        #expect(settings.contains("<w:updateFields w:val=\"true\"/>"))
    }

    @Test func everyDOCXAndODTPartIsWellFormed() throws {
        let (odt, docx, render) = try files(withPhotoPlaceholder())
        defer { withExtendedLifetime(render) {} }
        for (file, names) in [
            (odt, ["content.xml", "styles.xml"]),
            (docx, ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/fontTable.xml", "word/settings.xml"]),
        ] {
            for name in names {
                let parser = XMLParser(data: Data(try Parts.text(file, name).utf8))
                #expect(parser.parse(), "\(name) is not well-formed")
            }
        }
    }
}
