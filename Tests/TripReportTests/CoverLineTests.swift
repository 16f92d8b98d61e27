import Testing
import TripModel

@testable import TripReport

/// Cover lines cut where a reader expects: after punctuation, between names, never inside a
/// name the data holds (熊本) or a Latin word.
@Suite struct CoverLineTests {
    let kyushuNames = ["福岡", "熊本", "宮崎", "日南", "日本"]

    @Test func kyushuTitleBreaksAfterTheEnumerationCommaNotInsideKumamoto() {
        let lines = LineBreaker(names: kyushuNames).lines("創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流", capacity: 18.3)
        #expect(lines == ["創業輔導及創新交流計畫赴日本福岡、", "熊本及宮崎考察交流"])
    }

    @Test func aNameAtTheLineEndMovesWholeToTheNextLine() {
        // 17 characters fit; 熊本 would straddle the 17th and 18th without the name list.
        let title = "一二三四五六七八九十一二三四五六熊本考察交流"
        let plain = LineBreaker(names: []).lines(title, capacity: 17)
        let named = LineBreaker(names: ["熊本"]).lines(title, capacity: 17)
        #expect(plain.first?.hasSuffix("熊") == true)
        #expect(named.allSatisfy { !$0.hasSuffix("熊") && !$0.hasPrefix("本") })
        #expect(named.joined() == title)
    }

    @Test func aLineMayStartWithAJoinerRatherThanSplitAPhrase() {
        let lines = LineBreaker(names: []).lines("臺中市市長赴美市政考察交流成果、招商引資具體成效及對本市未來發展之實質效益評估專案報告", capacity: 18.3)
        #expect(lines == ["臺中市市長赴美市政考察交流成果、", "招商引資具體成效及對本市未來發展", "之實質效益評估專案報告"])
    }

    @Test func latinWordsAndClosingMarksStayWhole() {
        let lines = LineBreaker(names: []).lines("參訪 Fukuoka Growth Next 新創基地（福岡）並交流", capacity: 12)
        #expect(lines.joined(separator: " ").contains("Fukuoka"))
        #expect(lines.allSatisfy { !$0.hasPrefix("）") && !$0.hasSuffix("（") })
        #expect(!lines.contains { $0.hasSuffix("Fuku") || $0.hasSuffix("Grow") })
    }

    @Test func aTitleThatFitsIsOneLine() {
        #expect(LineBreaker(names: kyushuNames).lines("冰島地熱考察", capacity: 18.3) == ["冰島地熱考察"])
    }

    @Test func aNameLongerThanALineIsCutRatherThanOverflow() {
        let name = String(repeating: "長", count: 25)
        let lines = LineBreaker(names: [name]).lines(name, capacity: 18)
        #expect(lines.count == 2)
        #expect(lines.joined() == name)
    }

    @Test func coverFieldLinesUseTheFieldBlocksWidth() throws {
        let styles = try RepoTemplates.load().styles
        let line = CoverLine("派赴國家：" + Array(repeating: "美國", count: 16).joined(separator: "、"), style: .field)
        let lines = line.printedLines(styles, names: ["美國"])
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("美國") })
    }

    @Test func htmlCoverSetsEachLineAndEachNameInABoxThatDoesNotWrap() throws {
        let html = try Render().html(Kyushu.delegation())
        #expect(
            html.contains(
                "<p class=\"cover-title\"><span class=\"line\">創業輔導及創新交流計畫赴<span class=\"name\">日本</span><span class=\"name\">福岡</span>、</span><span class=\"line\"><span class=\"name\">熊本</span>及<span class=\"name\">宮崎</span>考察交流</span></p>"
            )
        )
        #expect(html.contains(".cover .name { white-space: nowrap; }"))
    }

    @Test func odtAndDOCXCarryTheCoverTitlesLineBreaks() throws {
        let render = try Render()
        let doc = try render.document(Kyushu.delegation())
        let styles = render.generator.templates.styles
        #expect(ODTWriter(styles: styles).content(doc).contains("創業輔導及創新交流計畫赴日本福岡、<text:line-break/>熊本及宮崎考察交流</text:p>"))
        #expect(
            DOCXWriter(styles: styles).document(doc, media: [:]).contains(
                "創業輔導及創新交流計畫赴日本福岡、</w:t><w:br/><w:t xml:space=\"preserve\">熊本及宮崎考察交流</w:t></w:r>"
            )
        )
    }
}
