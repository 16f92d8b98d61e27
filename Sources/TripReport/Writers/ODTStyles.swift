import Foundation

/// styles.xml, meta.xml, settings.xml and the manifest of an ODT, from the reference styles.
struct ODTStyles {
    let styles: StyleSheet
    /// The faces named, resolved against the installed fonts.
    let faces: FontFaces

    /// The list style of bulleted items (outcomes).
    static let bulletList = "Bullets"

    /// Every paragraph style a page break or the cover's first line can start with.
    static let breakable = [
        "Standard", "Text_20_body", "Heading_20_1", "Heading_20_2", "Heading_20_3", "Heading_20_4",
        "Cover_20_Kind", "Cover_20_Title", "Cover_20_Field", "Cover_20_Date", "Cover_20_Spacer",
        "Contents_20_Heading", "Prompt", "Caption", "Label", "List_20_Item", "Signature",
    ]

    /// CJK face with its fallbacks (LibreOffice tries `a;b;c` in order, but on Linux it asks
    /// fontconfig about the first name only: `FontFaces` puts a name there that shows the right
    /// face on this machine), and the Latin face.
    var fontFaces: String {
        let cjk = faces.cjk.joined(separator: ";")
        let latin = faces.latin.joined(separator: ";")
        return """
            <office:font-face-decls>
            <style:font-face style:name="CJK" svg:font-family="\(XMLText.escape("'" + cjk + "'"))" style:font-family-generic="roman" style:font-pitch="variable"/>
            <style:font-face style:name="Latin" svg:font-family="\(XMLText.escape("'" + latin + "'"))" style:font-family-generic="roman" style:font-pitch="variable"/>
            </office:font-face-decls>
            """
    }

    /// Automatic styles that start a new page (Standard master) or the cover (First Page master).
    var automaticParagraphStyles: String {
        ODTStyles.breakable.map { base in
            "<style:style style:name=\"P_Break_\(base)\" style:family=\"paragraph\" style:parent-style-name=\"\(base)\" style:master-page-name=\"Standard\"><style:paragraph-properties style:page-number=\"auto\"/></style:style>"
                + "<style:style style:name=\"P_First_\(base)\" style:family=\"paragraph\" style:parent-style-name=\"\(base)\" style:master-page-name=\"First_20_Page\"/>"
        }.joined(separator: "\n")
    }

    private func pt(_ x: Double) -> String { String(format: "%.1fpt", x) }
    private func mm(_ x: Double) -> String { String(format: "%.1fmm", x) }

    private func text(size: Double, bold: Bool = false, colour: String? = nil) -> String {
        let weight = bold ? " fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"" : ""
        let c = colour.map { " fo:color=\"\($0)\"" } ?? ""
        return
            "<style:text-properties style:font-name=\"Latin\" style:font-name-asian=\"CJK\" fo:font-size=\"\(pt(size))\" style:font-size-asian=\"\(pt(size))\" fo:language=\"en\" fo:country=\"US\" style:language-asian=\"zh\" style:country-asian=\"TW\"\(weight)\(c)/>"
    }

    private func para(
        _ name: String,
        display: String,
        parent: String = "Standard",
        props: String,
        text: String,
        next: String? = nil,
        outline: Int? = nil,
        inner: String = "",
        list: String? = nil
    ) -> String {
        let n = next.map { " style:next-style-name=\"\($0)\"" } ?? ""
        let o = outline.map { " style:default-outline-level=\"\($0)\"" } ?? ""
        let l = list.map { " style:list-style-name=\"\($0)\"" } ?? ""
        return
            "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\" style:parent-style-name=\"\(parent)\"\(n)\(o)\(l)><style:paragraph-properties \(props)>\(inner)</style:paragraph-properties>\(text)</style:style>"
    }

    /// The bulleted list: a round bullet hanging half a centimetre left of the item's text.
    var bullets: String {
        "<text:list-style style:name=\"\(ODTStyles.bulletList)\" style:display-name=\"Bullets\">"
            + "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
            + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
            + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"1.2cm\" fo:text-indent=\"-0.6cm\" fo:margin-left=\"1.2cm\"/>"
            + "</style:list-level-properties></text:list-level-style-bullet></text:list-style>"
    }

    /// styles.xml: named styles, A4 page layout, footer with the page number.
    func stylesXML(firstPageCover: Bool) -> String {
        let s = styles
        let p = styles.page
        let line = String(format: "%.0f%%", s.lineSpacing * 100)
        let tabPos = String(format: "%.2fcm", s.textWidth - 0.05)
        let contents = { (level: Int) in
            para(
                "Contents_20_\(level)",
                display: "Contents \(level)",
                props: "fo:margin-left=\"\(String(format: "%.2fcm", Double(level - 1) * 1.0))\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.1cm\"",
                text: text(size: s.bodySize),
                inner:
                    "<style:tab-stops><style:tab-stop style:position=\"\(tabPos)\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
            )
        }
        let headings = (1...4).map { l in
            para(
                "Heading_20_\(l)",
                display: "Heading \(l)",
                props: "fo:margin-top=\"\(l == 1 ? "0.5cm" : "0.3cm")\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"",
                text: text(size: s.headingSize(l), bold: true),
                next: "Text_20_body",
                outline: l
            )
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles \(ODTWriter.namespaces)>
            \(fontFaces)
            <office:styles>
            <style:default-style style:family="paragraph"><style:paragraph-properties style:line-break="strict" style:writing-mode="lr-tb"/>\(text(size: s.bodySize))</style:default-style>
            <style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
            <style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:line-height="\(line)" fo:widows="2" fo:orphans="2"/>\(text(size: s.bodySize))</style:style>
            \(para("Text_20_body", display: "Text body", props: "fo:text-indent=\"\(pt(s.bodySize * 2))\" fo:text-align=\"justify\" fo:margin-bottom=\"0.1cm\"", text: ""))
            \(headings)
            \(para("Cover_20_Kind", display: "Cover Kind", props: "fo:text-align=\"center\" fo:margin-bottom=\"0.4cm\"", text: text(size: s.coverSize)))
            \(para("Cover_20_Title", display: "Cover Title", props: "fo:text-align=\"center\" fo:line-height=\"130%\" fo:margin-bottom=\"0.4cm\"", text: text(size: s.coverTitleSize, bold: true)))
            \(para("Cover_20_Field", display: "Cover Field", props: "fo:text-align=\"start\" fo:margin-left=\"2.5cm\" fo:margin-bottom=\"0.2cm\"", text: text(size: s.coverSize)))
            \(para("Cover_20_Date", display: "Cover Date", props: "fo:text-align=\"center\" fo:margin-top=\"1cm\"", text: text(size: s.coverSize)))
            \(para("Cover_20_Spacer", display: "Cover Spacer", props: "fo:margin-top=\"1.2cm\"", text: ""))
            \(para("Contents_20_Heading", display: "Contents Heading", props: "fo:text-align=\"center\" fo:margin-bottom=\"0.4cm\" fo:keep-with-next=\"always\"", text: text(size: s.headingSize(1), bold: true)))
            \(contents(1))
            \(contents(2))
            \(contents(3))
            \(para("Prompt", display: "Prompt", props: "fo:border=\"0.5pt dashed #990000\" fo:padding=\"0.1cm\" fo:background-color=\"#fff4f4\" fo:margin-bottom=\"0.2cm\"", text: text(size: s.bodySize, colour: "#990000")))
            \(para("Picture_20_Prompt", display: "Picture Prompt", parent: "Prompt", props: "fo:margin-top=\"0.1cm\"", text: text(size: s.smallSize, colour: "#990000")))
            \(para("Caption", display: "Caption", props: "fo:text-align=\"center\" fo:line-height=\"120%\"", text: text(size: s.smallSize)))
            \(para("Photo", display: "Photo", props: "fo:text-align=\"center\" fo:margin-top=\"0.1cm\"", text: ""))
            \(para("Label", display: "Label", props: "fo:margin-top=\"0.2cm\" fo:keep-with-next=\"always\"", text: text(size: s.bodySize, bold: true)))
            \(para("List_20_Item", display: "List Item", props: "fo:margin-bottom=\"0.1cm\"", text: "", list: ODTStyles.bulletList))
            \(bullets)
            \(para("Signature", display: "Signature", props: "fo:margin-top=\"1cm\"", text: ""))
            \(para("Table_20_Contents", display: "Table Contents", props: "fo:line-height=\"120%\"", text: text(size: s.smallSize)))
            \(para("Table_20_Centre", display: "Table Centre", parent: "Table_20_Contents", props: "fo:text-align=\"center\"", text: ""))
            \(para("Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents", props: "fo:text-align=\"center\"", text: text(size: s.smallSize, bold: true)))
            \(para("Footer", display: "Footer", props: "fo:text-align=\"center\"", text: text(size: s.smallSize)))
            <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"><style:text-properties style:text-underline-style="none" fo:color="#000000"/></style:style>
            <text:outline-style style:name="Outline">\((1...10).map { "<text:outline-level-style text:level=\"\($0)\" style:num-format=\"\"/>" }.joined())</text:outline-style>
            </office:styles>
            <office:automatic-styles>
            <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="\(mm(p.width))" fo:page-height="\(mm(p.height))" style:print-orientation="portrait" fo:margin-top="\(mm(p.top))" fo:margin-bottom="\(mm(p.bottom - 8))" fo:margin-left="\(mm(p.left))" fo:margin-right="\(mm(p.right))"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
            <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="\(mm(p.width))" fo:page-height="\(mm(p.height))" style:print-orientation="portrait" fo:margin-top="\(mm(p.top))" fo:margin-bottom="\(mm(p.bottom))" fo:margin-left="\(mm(p.left))" fo:margin-right="\(mm(p.right))"/></style:page-layout>
            </office:automatic-styles>
            <office:master-styles>
            <style:master-page style:name="Standard" style:page-layout-name="pm1">\(s.pageNumbers ? "<style:footer><text:p text:style-name=\"Footer\"><text:page-number text:select-page=\"current\"/></text:p></style:footer>" : "")</style:master-page>
            <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="Standard"/>
            </office:master-styles>
            </office:document-styles>
            """
    }

    /// meta.xml with the title and the generator.
    func metaXML(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta \(ODTWriter.namespaces)><office:meta><meta:generator>Tripwright</meta:generator><dc:title>\(XMLText.escape(title))</dc:title><dc:language>zh-TW</dc:language></office:meta></office:document-meta>
        """
    }

    /// settings.xml (empty: Writer's defaults).
    var settingsXML: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-settings \(ODTWriter.namespaces) xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"><office:settings/></office:document-settings>
        """
    }

    /// META-INF/manifest.xml listing every part.
    func manifestXML(pictures: [String]) -> String {
        let entries =
            ["content.xml", "styles.xml", "meta.xml", "settings.xml"].map {
                "<manifest:file-entry manifest:full-path=\"\($0)\" manifest:media-type=\"text/xml\"/>"
            }
            + pictures.map {
                "<manifest:file-entry manifest:full-path=\"\(XMLText.escape($0))\" manifest:media-type=\"image/jpeg\"/>"
            }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
            <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
            \(entries.joined(separator: "\n"))
            </manifest:manifest>
            """
    }
}
