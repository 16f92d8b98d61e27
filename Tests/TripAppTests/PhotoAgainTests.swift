import Foundation
import Testing
import TripApp
import TripModel
import TripReport
import TripStore

/// A file sent again to an event that already has it (issue 11): never added twice; a new
/// caption replaces the stored one as a correction (in the history, undoable); otherwise the
/// result says why nothing changed.
@Suite struct PhotoAgainTests {
    let fgn = EventTarget(trip: "kyushu-2025", event: "fgn")

    func jpeg(_ h: AppHarness) throws -> Data {
        let url = h.folder.appendingPathComponent("again.jpg")
        try SyntheticPhoto.write(to: url, width: 40, height: 30, variant: 9)
        return try Data(contentsOf: url)
    }

    func photos(_ h: AppHarness) async throws -> [Photo] {
        try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025")).events.first { $0.id == "fgn" }?.photos ?? []
    }

    @Test func aFileSentAgainWithANewCaptionUpdatesTheCaptionAsAnUndoableCorrection() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let data = try jpeg(h)
        let before = try await photos(h).count
        let first = try await LogPhotos(h.context).run(LogPhotos.Input(fgn, photos: .uploads([.init(fileName: "a.jpg", data: data)]), caption: "舊說明"))
        let again = try await LogPhotos(h.context).run(
            LogPhotos.Input(fgn, photos: .uploads([.init(fileName: "a.jpg", data: data)]), caption: "與新創團隊合影")
        )
        #expect(again.map(\.id) == first.map(\.id))
        #expect(again.first?.alreadyStored == .captionUpdated)
        let now = try await photos(h)
        #expect(now.count == before + 1)
        #expect(now.first { $0.id == first.first?.id }?.caption == "與新創團隊合影")
        let change = try #require(try await ReadHistory(h.context).run(ReadHistory.Input(trip: "kyushu-2025", event: "fgn")).changes.last)
        #expect(change.item == .photo(try #require(first.first?.id)) && change.action == .edit)
        try await UndoChange(h.context).run(UndoChange.Input(trip: "kyushu-2025", change: change.id))
        #expect(try await photos(h).first { $0.id == first.first?.id }?.caption == "舊說明")
    }

    @Test func aFileSentAgainWithoutACaptionOrWithTheSameOneChangesNothingAndSaysWhy() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let data = try jpeg(h)
        let upload = LogPhotos.Upload(fileName: "a.jpg", data: data)
        _ = try await LogPhotos(h.context).run(LogPhotos.Input(fgn, photos: .uploads([upload]), caption: "說明"))
        let bare = try await LogPhotos(h.context).run(LogPhotos.Input(fgn, photos: .uploads([upload])))
        #expect(bare.first?.alreadyStored == .noCaption)
        #expect(bare.first?.alreadyStoredNotice?.zh.contains("沒有填寫新的說明") == true)
        let same = try await LogPhotos(h.context).run(LogPhotos.Input(fgn, photos: .uploads([upload]), caption: "說明"))
        #expect(same.first?.alreadyStored == .sameCaption)
        let history = try await ReadHistory(h.context).run(ReadHistory.Input(trip: "kyushu-2025", event: "fgn")).changes
        #expect(history.isEmpty)
    }

    @Test func aNewFileIsAddedWithNothingToSay() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let added = try await LogPhotos(h.context).run(
            LogPhotos.Input(fgn, photos: .uploads([.init(fileName: "a.jpg", data: try jpeg(h))]), caption: "說明")
        )
        #expect(added.first?.alreadyStored == nil && added.first?.alreadyStoredNotice == nil)
    }
}
