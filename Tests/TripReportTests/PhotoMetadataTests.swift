import Foundation
import Testing
import TripModel

@testable import TripReport

@Suite("When a photo was taken comes from its EXIF block")
struct PhotoMetadataTests {
    @Test("DateTimeOriginal written by libvips is read back as a local date and time")
    func readsTaken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.jpg")
        let dated = folder.appendingPathComponent("dated.jpg")
        try SyntheticPhoto.write(to: plain, width: 64, height: 48)
        let day = try #require(LocalDate(iso: "2025-09-01"))
        let clock = try #require(LocalTime(text: "10:20"))
        #expect(PhotoMetadata.copy(plain, to: dated, recordingTaken: day, clock))
        let taken = try #require(PhotoMetadata.taken(fileAt: dated))
        #expect(taken.date == day && taken.time == clock)
    }

    @Test("a photo without EXIF has no time taken rather than a guessed one")
    func noExif() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("noexif-\(UUID().uuidString).jpg")
        defer { try? FileManager.default.removeItem(at: file) }
        try SyntheticPhoto.write(to: file, width: 32, height: 32)
        #expect(PhotoMetadata.taken(fileAt: file) == nil)
    }

    @Test("bytes that are not an image give no time")
    func notAnImage() {
        #expect(PhotoMetadata.taken(in: Data("not a photo".utf8)) == nil)
    }
}
