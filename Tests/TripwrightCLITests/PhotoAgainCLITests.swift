import Foundation
import Testing

/// A photo sent again (issue 11): `log photo` with a file the event already has updates its
/// caption when a new one is given, and says why nothing changed otherwise.
@Suite("log photo with a file the event already has")
struct PhotoAgainCLITests {
    @Test("a new caption replaces the stored one and says so; the photo is not added twice")
    func newCaptionIsTaken() throws {
        let w = try CLIWorkspace()
        let file = try w.photo("again.jpg").path
        #expect(try w.run(["log", "photo", "kyushu-2025", "fgn", file, "--caption", "舊說明"]).status == 0)
        let again = try w.run(["log", "photo", "kyushu-2025", "fgn", file, "--caption", "與新創團隊合影"])
        #expect(again.status == 0)
        #expect(again.out.contains("未重複加入") && again.out.contains("說明已改為這次填寫的說明"))
        let list = try w.run(["log", "list", "kyushu-2025", "fgn"]).out
        #expect(list.contains("與新創團隊合影") && !list.contains("舊說明"))
    }

    @Test("without a caption, nothing changes and the command says why")
    func noCaptionSaysWhy() throws {
        let w = try CLIWorkspace()
        let file = try w.photo("again.jpg").path
        #expect(try w.run(["log", "photo", "kyushu-2025", "fgn", file, "--caption", "舊說明"]).status == 0)
        let again = try w.run(["log", "photo", "kyushu-2025", "fgn", file, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.out.contains("already on this event") && again.out.contains("no new caption was given"))
        #expect(try w.run(["log", "list", "kyushu-2025", "fgn"]).out.contains("舊說明"))
    }
}
