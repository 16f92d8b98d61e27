import Foundation

/// The fixed parts of a DOCX and its styles, from the reference styles.
struct DOCXParts {
    let styles: StyleSheet
    /// The faces named, resolved against the installed fonts.
    let faces: FontFaces

    var contentTypes: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """
    }

    var packageRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """
    }

    func documentRels(media: [(String, String)]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let images = media.map { "<Relationship Id=\"\($0.0)\" Type=\"\(base)image\" Target=\"\(XMLText.escape($0.1))\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="\(base)styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="\(base)settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="\(base)numbering" Target="numbering.xml"/><Relationship Id="rIdFonts" Type="\(base)fontTable" Target="fontTable.xml"/><Relationship Id="rIdFooter1" Type="\(base)footer" Target="footer1.xml"/>\(images)</Relationships>
            """
    }

    func core(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(XMLText.escape(title))</dc:title><dc:language>zh-TW</dc:language><dc:creator>Tripwright</dc:creator></cp:coreProperties>
        """
    }

    var app: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Tripwright</Application></Properties>
        """
    }

    /// Settings; `updateFields` has Word refresh the contents' PAGEREF fields when it opens the
    /// file (their cached pages are LibreOffice's, or empty when no PDF was measured).
    var settings: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(DOCXWriter.w)"><w:updateFields w:val="true"/><w:defaultTabStop w:val="480"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
    }

    /// The font table: the faces the styles name, each with an alternate name Word looks for
    /// when the face is missing (標楷體 for AR PL UKai TW; DFKai-SB for 標楷體).
    var fontTable: String {
        let cjkAlt = faces.cjkFace == faces.cjkPrimary ? faces.cjk.dropFirst().first : faces.cjkPrimary
        let latinAlt = faces.latinFace == faces.latinPrimary ? nil : faces.latinPrimary
        let alt = { (name: String?) in name.map { "<w:altName w:val=\"\(XMLText.escape($0))\"/>" } ?? "" }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:fonts xmlns:w="\(DOCXWriter.w)"><w:font w:name="\(XMLText.escape(faces.cjkFace))">\(alt(cjkAlt))<w:charset w:val="88"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font><w:font w:name="\(XMLText.escape(faces.latinFace))">\(alt(latinAlt))<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>
            """
    }

    /// One bullet list for outcome items: a round bullet hanging left of the text.
    var numbering: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(DOCXWriter.w)"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="680" w:hanging="340"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """
    }

    var footer: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="\(DOCXWriter.w)"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>
        """
    }

    private func hp(_ pt: Double) -> Int { Int((pt * 2).rounded()) }

    private func style(
        _ id: String,
        _ name: String,
        basedOn: String? = "Normal",
        next: String? = nil,
        outline: Int? = nil,
        ppr: String = "",
        rpr: String = ""
    ) -> String {
        let b = basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? ""
        let n = next.map { "<w:next w:val=\"\($0)\"/>" } ?? ""
        let o = outline.map { "<w:outlineLvl w:val=\"\($0 - 1)\"/>" } ?? ""
        return
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>\(b)\(n)<w:qFormat/><w:pPr>\(ppr)\(o)</w:pPr><w:rPr>\(rpr)</w:rPr></w:style>"
    }

    var stylesXML: String {
        let s = styles
        let line = Int((240 * s.lineSpacing).rounded())
        let tab = Int((s.textWidth / 2.54 * 1440).rounded()) - 10
        let size = { (pt: Double) in "<w:sz w:val=\"\(self.hp(pt))\"/><w:szCs w:val=\"\(self.hp(pt))\"/>" }
        let bold = "<w:b/><w:bCs/>"
        let headings = (1...4).map { l in
            style(
                "Heading\(l)",
                "heading \(l)",
                next: "BodyText",
                outline: l,
                ppr: "<w:keepNext/><w:spacing w:before=\"\(l == 1 ? 240 : 160)\" w:after=\"120\"/>",
                rpr: bold + size(s.headingSize(l))
            )
        }.joined()
        let toc = (1...3).map { l in
            style(
                "TOC\(l)",
                "toc \(l)",
                ppr:
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(tab)\"/></w:tabs><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:left=\"\((l - 1) * 480)\"/>"
            )
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(DOCXWriter.w)"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="\(XMLText.escape(faces.latinFace))" w:hAnsi="\(XMLText.escape(faces.latinFace))" w:eastAsia="\(XMLText.escape(faces.cjkFace))" w:cs="\(XMLText.escape(faces.latinFace))"/>\(size(s.bodySize))<w:lang w:val="en-US" w:eastAsia="zh-TW" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="\(line)" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            \(style("BodyText", "Body Text", ppr: "<w:spacing w:after=\"60\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"\(Int(s.bodySize * 40))\"/><w:jc w:val=\"both\"/>"))\
            \(headings)\
            \(style("CoverKind", "Cover Kind", ppr: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", rpr: size(s.coverSize)))\
            \(style("CoverTitle", "Cover Title", ppr: "<w:spacing w:after=\"240\" w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", rpr: bold + size(s.coverTitleSize)))\
            \(style("CoverField", "Cover Field", ppr: "<w:spacing w:after=\"120\"/><w:ind w:left=\"1418\"/>", rpr: size(s.coverSize)))\
            \(style("CoverDate", "Cover Date", ppr: "<w:spacing w:before=\"600\"/><w:jc w:val=\"center\"/>", rpr: size(s.coverSize)))\
            \(style("CoverSpacer", "Cover Spacer", ppr: "<w:spacing w:before=\"680\"/>"))\
            \(style("TOCHeading", "TOC Heading", ppr: "<w:keepNext/><w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", rpr: bold + size(s.headingSize(1))))\
            \(toc)\
            \(style("Prompt", "Prompt", ppr: "<w:pBdr><w:top w:val=\"dashed\" w:sz=\"4\" w:space=\"1\" w:color=\"990000\"/><w:left w:val=\"dashed\" w:sz=\"4\" w:space=\"4\" w:color=\"990000\"/><w:bottom w:val=\"dashed\" w:sz=\"4\" w:space=\"1\" w:color=\"990000\"/><w:right w:val=\"dashed\" w:sz=\"4\" w:space=\"4\" w:color=\"990000\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF4F4\"/><w:spacing w:after=\"120\"/>", rpr: "<w:color w:val=\"990000\"/>"))\
            \(style("PicturePrompt", "Picture Prompt", basedOn: "Prompt", ppr: "<w:spacing w:before=\"60\"/>", rpr: size(s.smallSize)))\
            \(style("Caption", "caption", ppr: "<w:spacing w:line=\"288\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", rpr: size(s.smallSize)))\
            \(style("Photo", "Photo", ppr: "<w:spacing w:before=\"60\"/><w:jc w:val=\"center\"/>"))\
            \(style("Label", "Label", ppr: "<w:keepNext/><w:spacing w:before=\"120\"/>", rpr: bold))\
            \(style("ListItem", "List Item", ppr: "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"680\" w:hanging=\"340\"/>"))\
            \(style("NestEnd", "Nested Table End", ppr: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>", rpr: "<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>"))\
            \(style("Signature", "Signature", ppr: "<w:spacing w:before=\"567\"/>"))\
            \(style("TableText", "Table Text", ppr: "<w:spacing w:line=\"288\" w:lineRule=\"auto\"/>", rpr: size(s.smallSize)))\
            \(style("TableCentre", "Table Centre", basedOn: "TableText", ppr: "<w:jc w:val=\"center\"/>"))\
            \(style("TableHeading", "Table Heading", basedOn: "TableText", ppr: "<w:jc w:val=\"center\"/>", rpr: bold))\
            \(style("Footer", "footer", ppr: "<w:jc w:val=\"center\"/>", rpr: size(s.smallSize)))\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
            """
    }
}
