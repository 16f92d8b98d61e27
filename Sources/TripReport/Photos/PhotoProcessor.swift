import CVips
import Foundation
import TripMedia
import TripModel

/// Downscales photos with libvips: longest edge at most `longestEdge` px, EXIF orientation
/// applied, JPEG at `quality`, metadata stripped. Results are cached by the content hash of the
/// original, itself remembered by the original's path and `stat` (OriginalHashes), so a second
/// run reads no original and only the copies' headers. Originals are never written.
public struct PhotoProcessor: Sendable {
    /// Longest edge in pixels.
    public var longestEdge: Int
    /// JPEG quality 1–100.
    public var quality: Int
    /// Where downscaled copies are kept between runs.
    public var cacheFolder: URL

    /// Creates a processor; the cache defaults to `$XDG_CACHE_HOME/tripwright/photos`
    /// (else `~/.cache/tripwright/photos`, else, with HOME unset, the temporary folder).
    public init(longestEdge: Int = 1600, quality: Int = 85, cacheFolder: URL? = nil) {
        self.longestEdge = longestEdge
        self.quality = quality
        self.cacheFolder = cacheFolder ?? PhotoProcessor.defaultCache
    }

    /// The default cache folder.
    public static var defaultCache: URL {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tripwright/photos")
        }
        if let home = env["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".cache/tripwright/photos")
        }
        // No HOME (a service, a cron job): a cache is only a speed-up, so the temporary folder will do.
        return FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-\(getuid())/photos")
    }

    /// True once libvips has started (it starts on first use).
    static var isStarted: Bool { Vips.started }

    /// Prepares one picture: the cached copy when there is one, else a new one. A picture that
    /// is missing or does not decode throws `.unreadablePhoto`, naming it by its label; other
    /// errors are the machine's (libvips, the cache folder).
    public func prepare(_ image: ImageRef) throws(ReportError) -> ImageRef {
        guard Vips.started else { throw .photo(image.source.path, .libvipsNotStarted(Vips.failure ?? "")) }
        let hash: String
        do {
            hash = try OriginalHashes.inFolder(cacheFolder).hash(of: image.source)
        } catch {
            throw .unreadablePhoto(MediaProblem(name: image.label, reason: .unreadable))
        }
        try makeCacheFolder()
        let target = cacheFolder.appendingPathComponent("\(hash)-\(longestEdge)-q\(quality).jpg")
        var out = image
        var w: Int32 = 0
        var h: Int32 = 0
        if FileManager.default.fileExists(atPath: target.path), tw_vips_size(target.path, &w, &h) == 0 {
            out.prepared = target
            out.width = Int(w)
            out.height = Int(h)
            return out
        }
        // Write to a temporary name first so an interrupted run never leaves a broken cache entry.
        let partial = cacheFolder.appendingPathComponent(".\(hash)-\(UUID().uuidString).jpg")
        guard tw_vips_downscale_jpeg(image.source.path, partial.path, Int32(longestEdge), Int32(quality), &w, &h) == 0 else {
            let message = String(cString: tw_vips_error()).trimmingCharacters(in: .whitespacesAndNewlines)
            tw_vips_error_clear()
            try? FileManager.default.removeItem(at: partial)
            // The original is to blame when it does not decode on its own; else writing the copy failed.
            do {
                _ = try MediaCheck.decode(fileAt: image.source, name: image.label)
            } catch {
                throw .unreadablePhoto(error)
            }
            throw .photo(partial.path, .copyNotWritten(message))
        }
        // rename(2) replaces the name in one step: a reader (another report, the web serving the
        // same copy at once) finds the whole old copy or the whole new one, never none.
        guard rename(partial.path, target.path) == 0 else {
            let problem = FileProblem.of(errno: errno)
            try? FileManager.default.removeItem(at: partial)
            throw .photo(target.path, .notCached(problem))
        }
        out.prepared = target
        out.width = Int(w)
        out.height = Int(h)
        return out
    }

    /// The width and height of an image file as shown (after its EXIF orientation), read from
    /// its header only.
    public static func dimensions(of url: URL) throws(ReportError) -> (width: Int, height: Int) {
        guard Vips.started else { throw .photo(url.path, .libvipsNotStarted(Vips.failure ?? "")) }
        var w: Int32 = 0
        var h: Int32 = 0
        guard tw_vips_size(url.path, &w, &h) == 0 else {
            let message = String(cString: tw_vips_error()).trimmingCharacters(in: .whitespacesAndNewlines)
            tw_vips_error_clear()
            throw .photo(url.path, .notReadable(message))
        }
        return (Int(w), Int(h))
    }

    /// Prepares many pictures on every core, one picture per worker at a time, reporting
    /// `(done, total)` as it goes. The result keeps the input order; the first error throws.
    public func prepare(_ images: [ImageRef], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(ReportError) -> [ImageRef] {
        try prepareEach(images, progress: progress).map { result throws(ReportError) in try result.get() }
    }

    /// Prepares many pictures like `prepare(_:progress:)`, keeping each one's own outcome, so
    /// one missing or damaged photo does not stop the others (a report puts a prompt in its place).
    public func prepareEach(_ images: [ImageRef], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Result<ImageRef, ReportError>] {
        let box = ResultBox(images)
        let processor = self
        DispatchQueue.concurrentPerform(iterations: images.count) { i in
            let result = Result { () throws(ReportError) -> ImageRef in try processor.prepare(images[i]) }
            let done = box.store(result, at: i)
            progress?(done, images.count)
        }
        return box.results
    }

    private func makeCacheFolder() throws(ReportError) {
        do {
            try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        } catch {
            throw .photo(cacheFolder.path, .cacheNotCreated(FileProblem.of(error)))
        }
    }
}
