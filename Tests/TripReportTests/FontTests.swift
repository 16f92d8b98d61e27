import Foundation
import Testing
import TripModel

@testable import TripReport

/// The faces our ODT and DOCX name, so LibreOffice shows a Kai face where 標楷體 is missing and
/// a Times-metric face for Latin text; and the warning for a character no font has.
@Suite struct FontTests {
    let fonts = StyleSheet.Fonts(
        cjk: "標楷體",
        cjkFallbacks: ["DFKai-SB", "BiauKai", "AR PL UKai TW", "Noto Serif CJK TC"],
        latin: "Times New Roman",
        latinFallbacks: ["Liberation Serif", "DejaVu Serif"]
    )
    /// This machine's kind: UKai, Noto, Liberation and DejaVu installed; fontconfig maps 標楷體 to
    /// a 黑體 face and Times New Roman to Liberation Serif.
    let linux = FakeFonts(
        installed: ["AR PL UKai TW": [], "Noto Serif CJK TC": [], "Liberation Serif": [], "DejaVu Serif": []],
        substitutes: ["標楷體": "Noto Sans CJK TC", "Times New Roman": "Liberation Serif"]
    )

    @Test func installedKaiFaceIsNamedFirstWhereBiauKaiIsMissing() {
        let faces = FontFaces(fonts, lookup: linux)
        #expect(faces.cjk == ["AR PL UKai TW", "標楷體", "DFKai-SB", "BiauKai", "Noto Serif CJK TC"])
        #expect(faces.cjkFace == "AR PL UKai TW")
        #expect(faces.cjkPrimary == "標楷體")
    }

    @Test func timesNewRomanStaysFirstWhenFontconfigMapsItToLiberationSerif() {
        let faces = FontFaces(fonts, lookup: linux)
        #expect(faces.latin == ["Times New Roman", "Liberation Serif", "DejaVu Serif"])
    }

    @Test func latinFallsToLiberationSerifRatherThanDejaVuWhenNothingMapsTimes() {
        let bare = FakeFonts(installed: ["Liberation Serif": [], "DejaVu Serif": []], substitutes: ["Times New Roman": "DejaVu Serif"])
        #expect(FontFaces(fonts, lookup: bare).latinFace == "Liberation Serif")
    }

    @Test func biauKaiInstalledKeepsTheStyleSheetsOrder() {
        let windows = FakeFonts(installed: ["標楷體": [], "Times New Roman": []])
        let faces = FontFaces(fonts, lookup: windows)
        #expect(faces.cjk.first == "標楷體")
        #expect(faces.latin.first == "Times New Roman")
    }

    @Test func nothingInstalledKeepsTheStyleSheetsOrder() {
        let faces = FontFaces(fonts, lookup: FakeFonts())
        #expect(faces.cjk.first == "標楷體")
    }

    @Test func odtNamesTheKaiFaceFirstInItsFontList() throws {
        let styles = ODTStyles(styles: try sheet(), faces: FontFaces(fonts, lookup: linux))
        #expect(styles.fontFaces.contains("svg:font-family=\"&apos;AR PL UKai TW;標楷體;DFKai-SB;BiauKai;Noto Serif CJK TC&apos;\""))
        #expect(styles.fontFaces.contains("svg:font-family=\"&apos;Times New Roman;Liberation Serif;DejaVu Serif&apos;\""))
    }

    @Test func docxNamesTheKaiFaceWithBiauKaiAsWordsAlternate() throws {
        let parts = DOCXParts(styles: try sheet(), faces: FontFaces(fonts, lookup: linux))
        #expect(parts.stylesXML.contains("w:eastAsia=\"AR PL UKai TW\""))
        #expect(parts.stylesXML.contains("w:ascii=\"Times New Roman\""))
        #expect(parts.fontTable.contains("<w:font w:name=\"AR PL UKai TW\"><w:altName w:val=\"標楷體\"/>"))
    }

    func sheet() throws -> StyleSheet {
        var s = try RepoTemplates.load().styles
        s.fonts = fonts
        return s
    }

    @Test func extCCharacterWithoutAGlyphIsNamedWithWhereItIs() {
        var d = Kyushu.delegation()
        d.events[0].notes = [Note(text: "市場耆老說：伊𪜶攏佇遮大漢。")]
        let lookup = FakeFonts(installed: ["AR PL UKai TW": Set("市場耆老說：伊攏佇遮大漢。".unicodeScalars)])
        let check = GlyphCheck(faces: FontFaces(fonts, lookup: lookup), lookup: lookup)
        let doc = Document(title: "t", blocks: [.paragraph(Paragraph(d.events[0].notes[0].text))])
        let warnings = check.warnings(for: doc)
        #expect(warnings.count == 1)
        #expect(warnings[0].zh.contains("「𪜶」（U+2A736，見於「…老說：伊𪜶攏佇遮大…」）"))
        #expect(warnings[0].en.contains("\"𪜶\" (U+2A736"))
        #expect(warnings[0].zh.contains("本機也沒有任何字型有此字形"))
    }

    @Test func noWarningWhenEveryCharacterHasAGlyph() {
        let lookup = FakeFonts(installed: ["AR PL UKai TW": []])
        let check = GlyphCheck(faces: FontFaces(fonts, lookup: lookup), lookup: lookup)
        #expect(check.warnings(for: Document(title: "t", blocks: [.paragraph(Paragraph("柳橋連合市場 Fukuoka"))])).isEmpty)
    }

    @Test func missingCJKFacesAreOneWarningNamingThePackages() {
        let lookup = FakeFonts(installed: ["DejaVu Serif": []])
        let warnings = GlyphCheck(faces: FontFaces(fonts, lookup: lookup), lookup: lookup)
            .warnings(for: Document(title: "t", blocks: [.paragraph(Paragraph("柳橋連合市場"))]))
        #expect(warnings.count == 1)
        #expect(warnings[0].zh.contains("fonts-arphic-ukai"))
    }

    @Test func manyMissingCharactersAreCountedAfterTheFirstTen() {
        let lookup = FakeFonts(installed: ["AR PL UKai TW": Set("a".unicodeScalars)])
        let text = String((0..<14).map { Character(Unicode.Scalar(0x2A700 + $0)!) })
        let warnings = GlyphCheck(faces: FontFaces(fonts, lookup: lookup), lookup: lookup)
            .warnings(for: Document(title: "t", blocks: [.paragraph(Paragraph(text))]))
        #expect(warnings.count == 11)
        #expect(warnings.last?.en.hasPrefix("4 more characters have no glyph") == true)
    }
}

/// The real fontconfig of this machine (CI installs fonts-arphic-ukai and fonts-liberation).
@Suite(.enabled(if: FontCatalog.shared.isInstalled("AR PL UKai TW"), "fonts-arphic-ukai is not installed"))
struct InstalledFontTests {
    @Test func thisMachineNamesUKaiForTheCJKFace() throws {
        let faces = FontFaces(try RepoTemplates.load().styles.fonts)
        #expect(faces.cjkFace == "AR PL UKai TW" || FontCatalog.shared.isInstalled("標楷體"))
    }

    @Test func fontconfigFindsNoGlyphForExtCCharacter() throws {
        let faces = FontFaces(try RepoTemplates.load().styles.fonts)
        let warnings = GlyphCheck(faces: faces).warnings(for: Document(title: "t", blocks: [.paragraph(Paragraph("伊𪜶攏佇遮"))]))
        #expect(warnings.contains { $0.en.contains("U+2A736") })
        #expect(!warnings.contains { $0.en.contains("U+4F0A") })
    }

    @Test func reportRunWarnsAboutTheCharacterInBothLanguages() throws {
        let render = try Render()
        var d = Kyushu.delegation()
        d.events[0].notes = [Note(text: "伊𪜶攏佇遮。")]
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                formats: [.odt],
                outFolder: render.folder.url.appendingPathComponent("out"),
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        #expect(result.warnings.contains { $0.zh.contains("𪜶") && $0.en.contains("U+2A736") })
    }
}
