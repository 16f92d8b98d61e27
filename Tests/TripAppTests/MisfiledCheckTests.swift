import Foundation
import Testing
import TripApp
import TripModel
import TripReport

/// The warning on logging and the readiness check are one rule (`Delegation.misfiling`): a photo
/// logged on another day's event warns at once, and `tripwright check` / the web's findings keep
/// naming the same event until it is moved.
@Suite struct MisfiledCheckTests {
    let fgn = EventTarget(trip: "kyushu-2025", event: "fgn")

    /// A JPEG whose EXIF clock reads 2025-09-02 11:00 (the day after FGN's).
    func dayTwoPhoto(_ h: AppHarness) throws -> URL {
        let plain = h.folder.appendingPathComponent("plain.jpg")
        let dated = h.folder.appendingPathComponent("day2.jpg")
        try SyntheticPhoto.write(to: plain, width: 40, height: 30, variant: 4)
        let day = try #require(LocalDate(iso: "2025-09-02"))
        let time = try #require(LocalTime(text: "11:00"))
        #expect(PhotoMetadata.copy(plain, to: dated, recordingTaken: day, time))
        return dated
    }

    @Test func aPhotoLoggedOnAnotherDaysEventIsCheckedWithTheEventTheWarningOffered() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let url = try dayTwoPhoto(h)
        let stored = try await LogPhotos(h.context).run(
            LogPhotos.Input(
                fgn,
                photos: .uploads([.init(fileName: "day2.jpg", data: try Data(contentsOf: url))]),
                caption: "次日合影"
            )
        )
        let photo = try #require(stored.first)
        let warning = try #require(photo.warning)
        let better = try #require(warning.better)
        let d = try await ReadDelegation(h.context).run(ReadDelegation.Input(trip: "kyushu-2025"))
        let title = try #require(d.events.first { $0.id == better }?.title)
        let checked = try await CheckPlan(h.context).run(CheckPlan.Input(.stored(ReadDelegation.Input(trip: "kyushu-2025"))))
        let found = checked.diagnostics.filter { $0.code == .photoOtherDay }
        #expect(found.count == 1 && found.first?.items == ["fgn"])
        #expect(found.first?.message.zh.contains("「\(title)」") == true && found.first?.message.zh.contains("次日合影") == true)
        #expect(found.first?.fix?.zh.contains("tripwright log move kyushu-2025 photo \(photo.id) \(better)") == true)
    }

    @Test func movingThePhotoToThatEventEndsTheFinding() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let url = try dayTwoPhoto(h)
        let stored = try await LogPhotos(h.context).run(
            LogPhotos.Input(
                fgn,
                photos: .uploads([.init(fileName: "day2.jpg", data: try Data(contentsOf: url))])
            )
        )
        let photo = try #require(stored.first)
        let better = try #require(photo.warning?.better)
        _ = try await MoveLogged(h.context).run(MoveLogged.Input(LoggedTarget(trip: "kyushu-2025", item: .photo(photo.id)), to: better))
        let checked = try await CheckPlan(h.context).run(CheckPlan.Input(.stored(ReadDelegation.Input(trip: "kyushu-2025"))))
        #expect(!checked.diagnostics.contains { $0.code == .photoOtherDay })
    }
}
