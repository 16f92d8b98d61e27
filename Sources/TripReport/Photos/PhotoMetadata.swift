import CVips
import Foundation
import TripMedia
import TripModel

/// What a photo file says about itself, read through libvips (libexif for EXIF).
public enum PhotoMetadata {
    /// The wall-clock time the camera recorded (EXIF DateTimeOriginal, else DateTime). EXIF
    /// carries no zone: the caller reads it in the zone of the event the photo belongs to.
    public static func taken(in data: Data) -> (date: LocalDate, time: LocalTime)? {
        guard Vips.started, !data.isEmpty else { return nil }
        var buffer = [CChar](repeating: 0, count: 32)
        let rc = data.withUnsafeBytes { raw in
            tw_vips_exif_taken(raw.baseAddress, raw.count, &buffer, buffer.count)
        }
        guard rc == 0 else { return nil }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // "2025:09:01 10:20:00"
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: ":").compactMap { Int($0) }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, clock.count >= 2, let date = LocalDate(year: day[0], month: day[1], day: day[2]),
            let time = LocalTime(hour: clock[0], minute: clock[1])
        else { return nil }
        return (date, time)
    }

    /// The same, from a file.
    public static func taken(fileAt url: URL) -> (date: LocalDate, time: LocalTime)? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return taken(in: data)
    }

    /// Writes a copy of a JPEG that records `date time` as when it was taken (for tests).
    public static func copy(_ source: URL, to target: URL, recordingTaken date: LocalDate, _ time: LocalTime) -> Bool {
        guard Vips.started else { return false }
        let stamp = String(format: "%04d:%02d:%02d %02d:%02d:00", date.year, date.month, date.day, time.hour, time.minute)
        return tw_vips_copy_with_exif_taken(source.path, target.path, stamp) == 0
    }
}
