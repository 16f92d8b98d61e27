import Foundation
import TripModel
import TripReport

/// Small real JPEGs for upload tests, written by libvips with EXIF DateTimeOriginal recorded, so
/// the server reads them as it reads a phone's photos.
enum SamplePhotos {
    static func jpeg(taken: String = "2025:09:01 10:20:00", marker: UInt8 = 1) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sample-photo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.jpg")
        let dated = folder.appendingPathComponent("dated.jpg")
        // "2025:09:01 10:20:00"
        let parts = taken.split(separator: " ")
        let day = parts[0].split(separator: ":").compactMap { Int($0) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
            (try? SyntheticPhoto.write(to: plain, width: 48, height: 36, variant: Int(marker))) != nil,
            let date = LocalDate(year: day[0], month: day[1], day: day[2]), let time = LocalTime(hour: clock[0], minute: clock[1]),
            PhotoMetadata.copy(plain, to: dated, recordingTaken: date, time),
            let data = try? Data(contentsOf: dated)
        else { return Data() }
        return data
    }
}
