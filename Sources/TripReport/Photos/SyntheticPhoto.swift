import CVips
import Foundation
import TripMedia
import TripModel

/// Photo-like JPEGs made by libvips for tests, demos and benchmarks (never for reports).
public enum SyntheticPhoto {
    /// Writes a `width`×`height` JPEG with smooth bands and grain; `orientation` 2–8 adds an
    /// EXIF orientation tag; `variant` changes the pattern so files differ.
    public static func write(to url: URL, width: Int, height: Int, orientation: Int = 1, variant: Int = 0) throws(ReportError) {
        try produce(url) { tw_vips_test_jpeg(url.path, Int32(width), Int32(height), Int32(orientation), Double(2 + variant % 7)) }
    }

    /// Writes a `width`×`height` JPEG whose red rises left to right and green top to bottom,
    /// with an EXIF orientation tag when `orientation` is 2–8: a wrong turn or flip shows.
    public static func gradient(to url: URL, width: Int, height: Int, orientation: Int = 1) throws(ReportError) {
        try produce(url) { tw_vips_test_gradient_jpeg(url.path, Int32(width), Int32(height), Int32(orientation)) }
    }

    /// Cuts a `width`×`height` window at (`left`, `top`) out of a real photo and writes it as a
    /// phone camera does (quality 95, 4:2:0 chroma, the orientation tag when 2–8).
    public static func cut(
        _ source: URL,
        to url: URL,
        left: Int,
        top: Int,
        width: Int,
        height: Int,
        orientation: Int = 1
    ) throws(ReportError) {
        try produce(url) {
            tw_vips_cut_jpeg(source.path, url.path, Int32(left), Int32(top), Int32(width), Int32(height), 95, Int32(orientation))
        }
    }

    /// The mean absolute difference per sample (0–255) between `image` and libvips' own upright
    /// thumbnail of `original` with longest edge `size`; nil when the sizes differ.
    public static func difference(_ image: URL, fromThumbnailOf original: URL, size: Int) -> Double? {
        _ = PhotoProcessor.isStarted
        let d = tw_vips_difference_from_thumbnail(image.path, original.path, Int32(size))
        tw_vips_error_clear()
        return d < 0 ? nil : d
    }

    private static func produce(_ url: URL, _ body: () -> Int32) throws(ReportError) {
        guard PhotoProcessor.isStarted else { throw .photo(url.path, .libvipsNotStarted(Vips.failure ?? "")) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .write(url.deletingLastPathComponent().path, FileProblem.of(error))
        }
        guard body() == 0 else {
            let message = String(cString: tw_vips_error())
            tw_vips_error_clear()
            throw .photo(url.path, .testImageNotWritten(message))
        }
    }

    /// Copies an image into the format the target's extension names (`.png`, `.webp`, `.tif`).
    public static func convert(_ source: URL, to url: URL) throws(ReportError) {
        try produce(url) { tw_vips_convert(source.path, url.path) }
    }

    /// The EXIF orientation tag of an image file (1 when none).
    public static func orientation(of url: URL) -> Int {
        _ = PhotoProcessor.isStarted
        return Int(tw_vips_orientation(url.path))
    }
}
