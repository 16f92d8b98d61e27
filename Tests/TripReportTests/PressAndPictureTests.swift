import Foundation
import Testing
import TripModel

@testable import TripReport

/// Clippings in the report's own order, a prompt for a missing screenshot, and pictures sized by
/// both a width and a height limit so a tall phone screenshot is readable.
@Suite struct PressAndPictureTests {
    func picture(_ width: Int, _ height: Int) -> ImageRef {
        var image = ImageRef(source: URL(fileURLWithPath: "/x.jpg"))
        image.width = width
        image.height = height
        return image
    }

    @Test func tallPhoneScreenshotIsScaledToThePageHeightNotASliver() throws {
        let styles = try RepoTemplates.load().styles
        let page = PhotoSize.pageLimit(styles)
        #expect(abs(page - 20.7) < 0.01)
        let (w, h) = PhotoSize.fit(picture(1080, 4200), maxWidth: 7.6, pageHeight: page, fit: .readable)
        #expect(abs(h - 20.7) < 0.01)
        #expect(abs(w - 20.7 * 1080 / 4200) < 0.01)
        #expect(w > 5)
    }

    @Test func tallPictureAmongPhotosKeepsHalfAColumn() {
        let (w, h) = PhotoSize.fit(picture(1080, 4200), maxWidth: 7.6, pageHeight: 20.7, fit: .even)
        #expect(abs(w - 3.8) < 0.01)
        #expect(abs(h - 3.8 * 4200 / 1080) < 0.01)
    }

    @Test func ordinaryPhotosKeepEvenRows() {
        let landscape = PhotoSize.fit(picture(1600, 1200), maxWidth: 7.6, pageHeight: 20.7, fit: .even)
        let portrait = PhotoSize.fit(picture(1200, 1600), maxWidth: 7.6, pageHeight: 20.7, fit: .even)
        #expect(abs(landscape.0 - 7.6) < 0.01 && abs(landscape.1 - 5.7) < 0.01)
        #expect(abs(portrait.1 - 5.7) < 0.01 && abs(portrait.0 - 5.7 * 0.75) < 0.01)
    }

    @Test func landscapeClippingTakesTheColumnsWidth() {
        let (w, h) = PhotoSize.fit(picture(1600, 900), maxWidth: 7.6, pageHeight: 20.7, fit: .readable)
        #expect(abs(w - 7.6) < 0.01 && abs(h - 7.6 * 900 / 1600) < 0.01)
    }

    func pressGrid(_ d: Delegation) throws -> PhotoGrid {
        let doc = try Render().document(d)
        let grids = doc.blocks.compactMap { if case let .photoGrid(g) = $0 { g } else { nil } }
        return try #require(grids.last)
    }

    @Test func clippingsKeepThePlansOrderNotTheDates() throws {
        var d = Kyushu.delegation()
        d.press = [d.press[4], d.press[0], d.press[3], d.press[1], d.press[2]]
        let grid = try pressGrid(d)
        #expect(grid.items.map { $0.caption[0] } == ["114年9月12日宮崎新聞台", "114年9月8日三立新聞台", "114年9月9日工商時報", "114年9月8日東森新聞台", "114年9月9日電波新聞"])
        #expect(grid.fit == .readable)
    }

    @Test func clippingWithoutItsScreenshotGetsAPrompt() throws {
        let grid = try pressGrid(Kyushu.delegation())
        let noImage = try #require(grid.items.first { $0.caption[0] == "114年9月12日宮崎新聞台" })
        #expect(noImage.image == nil)
        #expect(noImage.prompt == "【待填】請附上本則報導的截圖或剪報圖檔。")
        #expect(grid.items.filter { $0.image != nil }.allSatisfy { $0.prompt == nil })
    }

    @Test func clippingWhoseFileIsMissingGetsThePromptInItsPlace() throws {
        var d = Kyushu.delegation()
        d.press[0].image = "press/gone.jpg"
        let render = try Render()
        let result = try render.generator.generate(
            d,
            options: ReportOptions(
                formats: [.md],
                outFolder: render.folder.url.appendingPathComponent("out"),
                photoRoot: render.folder.url,
                photos: PhotoProcessor(cacheFolder: render.folder.url.appendingPathComponent("cache"))
            )
        )
        let md = try String(contentsOf: try #require(result.files.first), encoding: .utf8)
        #expect(md.contains("> 【待填】圖檔無法讀取（檔案不存在或無法讀取），請重新上傳：press/gone.jpg\n\n*114年9月8日三立新聞台"))
    }
}
