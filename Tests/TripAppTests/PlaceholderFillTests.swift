import Foundation
import Testing
import TripApp
import TripModel
import TripReport

/// The Kyushu seed's 56 photo captions without files (issue 10, point 4): `check` lists them as
/// report gaps, and once each gets a file (logged with its caption) the report has no photo prompt.
@Suite struct PlaceholderFillTests {
    @Test func fillingEverySeedPlaceholderLeavesNoPhotoPromptAndNoReportGap() async throws {
        let h = try await AppHarness.seeded()
        defer { h.remove() }
        let trip = ReadDelegation.Input(trip: "kyushu-2025")
        let today = LocalDate(iso: "2025-11-04")
        let gaps = try await CheckPlan(h.context).run(CheckPlan.Input(.stored(trip), today: today)).diagnostics.filter {
            $0.code == .photoWithoutFile
        }
        let d = try await ReadDelegation(h.context).run(trip)
        let waiting = d.events.flatMap { e in e.photos.filter { $0.file == nil }.map { (e.id, $0) } }
        #expect(waiting.count == 56)
        #expect(Set(gaps.flatMap(\.items)) == Set(waiting.map(\.0)))
        let folder = h.folder.appendingPathComponent("camera")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (n, (event, photo)) in waiting.enumerated() {
            let url = folder.appendingPathComponent("p\(n).jpg")
            try SyntheticPhoto.write(to: url, width: 32 + n, height: 24, variant: n)
            let stored = try await LogPhotos(h.context).run(
                LogPhotos.Input(
                    EventTarget(trip: "kyushu-2025", event: event),
                    photos: .files([url]),
                    caption: photo.caption
                )
            )
            #expect(stored.first?.filled == true && stored.first?.id == photo.id)
        }
        let after = try await ReadDelegation(h.context).run(trip)
        #expect(after.events.flatMap(\.photos).count == d.events.flatMap(\.photos).count)
        #expect(after.events.flatMap(\.photos).allSatisfy { $0.file != nil })
        let report = try await MakeReport(h.context).run(
            MakeReport.Input(trip: trip, formats: [.md], outFolder: h.folder.appendingPathComponent("out"))
        )
        #expect(report.prompts.filter { $0.contains("照片檔案未提供") }.isEmpty)
        let checks = try await CheckPlan(h.context).run(CheckPlan.Input(.stored(trip), today: today))
        #expect(!checks.diagnostics.contains { $0.code == .photoWithoutFile })
    }
}
