import CVips
import Foundation

/// Photo-like JPEGs made by libvips for tests, demos and benchmarks (never for reports).
public enum SyntheticPhoto {
    /// Writes a `width`×`height` JPEG with smooth bands and grain; `orientation` 2–8 adds an
    /// EXIF orientation tag; `variant` changes the pattern so files differ.
    public static func write(to url: URL, width: Int, height: Int, orientation: Int = 1, variant: Int = 0) throws(ReportError) {
        guard PhotoProcessor.isStarted else { throw .photo(url.path, "libvips could not start") }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard tw_vips_test_jpeg(url.path, Int32(width), Int32(height), Int32(orientation), Double(2 + variant % 7)) == 0 else {
            let message = String(cString: tw_vips_error())
            tw_vips_error_clear()
            throw .photo(url.path, "cannot write a test image: \(message)")
        }
    }

    /// The EXIF orientation tag of an image file (1 when none).
    public static func orientation(of url: URL) -> Int {
        _ = PhotoProcessor.isStarted
        return Int(tw_vips_orientation(url.path))
    }
}
