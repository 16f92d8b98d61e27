// Benchmarks of the reports (issue 5; docs/benchmarks.md, "Reports"). Run by
// tools/bench_reports.sh in release mode: tripwright-report-bench MODE WORK_DIR TEMPLATES [PHOTOS]
//   downscale  12-megapixel JPEGs through PhotoProcessor (fresh cache), photos per second, for two
//              sets: synthetic worst-case files (per-pixel grain, 4:4:4 chroma, 4.9 MB) and, when
//              PHOTOS names a folder of real photos, phone-like files cut from them
//   docx       the Kyushu seed report with 40 downscaled photos to DOCX, against pandoc turning
//              our Markdown and the same images into DOCX in the same run
//   memory     a 200-photo report (12-megapixel originals, fresh cache) to ODT, DOCX, HTML and
//              Markdown; peak resident memory of the process
import Foundation
import TripModel
import TripReport
import TripStore

struct Stamp {
    let wall = DispatchTime.now().uptimeNanoseconds
    let cpu: UInt64 = {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }()

    func seconds() -> (wall: Double, cpu: Double) {
        let now = Stamp()
        return (Double(now.wall - wall) / 1e9, Double(now.cpu - cpu) / 1e9)
    }
}

/// CPU seconds used by finished child processes (pandoc).
func childCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func peakMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// 12-megapixel synthetic originals, made once and kept between runs.
func originals(_ count: Int, in folder: URL) throws -> [URL] {
    try (0..<count).map { i in
        let url = folder.appendingPathComponent(String(format: "orig-%03d.jpg", i))
        if !FileManager.default.fileExists(atPath: url.path) {
            try SyntheticPhoto.write(to: url, width: 4000, height: 3000, orientation: i % 9 == 4 ? 6 : 1, variant: i)
        }
        return url
    }
}

/// `count` phone-like 12-megapixel JPEGs (4032×3024, as phones write them) cut at different
/// places out of the real photos in `sources` that are large enough; every ninth is tagged as a
/// portrait shot (orientation 6). Made once and kept between runs.
func phoneLike(_ count: Int, from sources: URL, in folder: URL) throws -> [URL] {
    let (w, h) = (4032, 3024)
    let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.lowercased().hasSuffix(".jpg") }.sorted()
    let big = names.compactMap { name -> (URL, Int, Int)? in
        let url = sources.appendingPathComponent(name)
        guard let size = try? PhotoProcessor.dimensions(of: url), size.width >= w, size.height >= h else { return nil }
        return (url, size.width, size.height)
    }
    guard !big.isEmpty else { throw ReportError.photo(sources.path, .notReadable("no photo of at least \(w)×\(h)")) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try (0..<count).map { i in
        let url = folder.appendingPathComponent(String(format: "phone-%03d.jpg", i))
        if !FileManager.default.fileExists(atPath: url.path) {
            let (source, sw, sh) = big[i % big.count]
            let step = i / big.count
            let left = (sw - w) * (step * 37 % 101) / 100, top = (sh - h) * (step * 53 % 101) / 100
            try SyntheticPhoto.cut(source, to: url, left: left, top: top, width: w, height: h, orientation: i % 9 == 4 ? 6 : 1)
        }
        return url
    }
}

func megabytes(_ files: [URL]) -> Double {
    let bytes = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }.reduce(0, +)
    return Double(bytes) / Double(files.count) / 1_000_000
}

/// The Kyushu seed (seeds/kyushu-2025.yaml) with exactly `photos` photos spread over its visits.
func kyushu(photos: Int, files: [URL]) throws -> Delegation {
    var d = try PlanReader().read(fileAt: URL(fileURLWithPath: "seeds/kyushu-2025.yaml")).delegation
    d.press = []
    var n = 0
    for i in d.events.indices { d.events[i].photos = [] }
    while n < photos {
        let i = n % d.events.count
        d.events[i].photos.append(Photo(file: files[n % files.count].path, caption: "照片 \(n + 1)：\(d.events[i].title)"))
        n += 1
    }
    return d
}

let args = CommandLine.arguments
let mode = args.count > 1 ? args[1] : "all"
let work = URL(fileURLWithPath: args.count > 2 ? args[2] : "/tmp/tripwright-bench")
let templates = try TemplateSet(folder: URL(fileURLWithPath: args.count > 3 ? args[3] : "Templates"))
let realPhotos = args.count > 4 ? URL(fileURLWithPath: args[4]) : nil
let photosDir = work.appendingPathComponent("originals")
try FileManager.default.createDirectory(at: photosDir, withIntermediateDirectories: true)

/// Downscales `files` into a fresh cache on every core, then again from the cache; prints photos/s.
func downscale(_ label: String, _ files: [URL]) throws {
    let cache = work.appendingPathComponent("cache-downscale-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    let processor = PhotoProcessor(cacheFolder: cache)
    let start = Stamp()
    let done = try processor.prepare(files.map { ImageRef(source: $0) })
    let t = start.seconds()
    let again = Stamp()
    _ = try processor.prepare(files.map { ImageRef(source: $0) })
    let t2 = again.seconds()
    print(String(format: "downscale %d %@ (%.1f MB each): %.2f s wall (%.1f photos/s), %.2f s cpu (%.0f ms per photo); cached second run %.3f s; largest %dx%d",
                 files.count, label, megabytes(files), t.wall, Double(files.count) / t.wall, t.cpu, t.cpu * 1000 / Double(files.count),
                 t2.wall, done.map(\.width).max() ?? 0, done.map(\.height).max() ?? 0))
}

if mode == "downscale" || mode == "all" {
    try downscale("synthetic 12-MP JPEGs", try originals(60, in: photosDir))
    if let real = realPhotos {
        try downscale("phone-like 12-MP JPEGs", try phoneLike(60, from: real, in: work.appendingPathComponent("phone")))
    } else {
        print("phone-like set skipped: no folder of real photos given")
    }
}

if mode == "docx" || mode == "all" {
    let files = try originals(40, in: photosDir)
    let cache = work.appendingPathComponent("cache-docx")
    let d = try kyushu(photos: 40, files: files)
    let generator = ReportGenerator(templates: templates)
    let out = work.appendingPathComponent("docx")
    let processor = PhotoProcessor(cacheFolder: cache)
    // Warm-up: photos downscaled into the cache and Markdown written for pandoc.
    _ = try generator.generate(d, options: ReportOptions(formats: [.md], outFolder: out, photoRoot: work, photos: processor))
    var ours: [Double] = [], theirs: [Double] = [], oursCPU: [Double] = [], theirsCPU: [Double] = []
    for _ in 0..<5 {
        let s = Stamp()
        _ = try generator.generate(d, options: ReportOptions(formats: [.docx], outFolder: out, photoRoot: work, photos: processor))
        let t = s.seconds()
        ours.append(t.wall)
        oursCPU.append(t.cpu)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.currentDirectoryURL = out
        p.arguments = ["pandoc", "kyushu-2025-出國報告.md", "-o", "pandoc.docx"]
        let before = childCPU()
        let s2 = Stamp()
        try p.run()
        p.waitUntilExit()
        theirs.append(s2.seconds().wall)
        theirsCPU.append(childCPU() - before)
    }
    func list(_ xs: [Double]) -> String { xs.map { String(format: "%.3f", $0) }.joined(separator: " ") }
    print(String(format: "kyushu report, 40 photos, to DOCX: ours wall best %.3f s (%@), cpu best %.3f s (%@)",
                 ours.min() ?? 0, list(ours), oursCPU.min() ?? 0, list(oursCPU)))
    print(String(format: "pandoc, same Markdown and images, to DOCX: wall best %.3f s (%@), cpu best %.3f s (%@)",
                 theirs.min() ?? 0, list(theirs), theirsCPU.min() ?? 0, list(theirsCPU)))
    print(String(format: "ratio ours/pandoc: wall %.2f, cpu %.2f", (ours.min() ?? 0) / max(theirs.min() ?? 1, 1e-9),
                 (oursCPU.min() ?? 0) / max(theirsCPU.min() ?? 1, 1e-9)))
}

if mode == "memory" {
    let files = try originals(200, in: photosDir)
    let cache = work.appendingPathComponent("cache-memory-\(UUID().uuidString)")
    let d = try kyushu(photos: 200, files: files)
    let generator = ReportGenerator(templates: templates)
    let s = Stamp()
    _ = try generator.generate(d, options: ReportOptions(formats: [.md, .html, .odt, .docx], outFolder: work.appendingPathComponent("memory"),
                                                        photoRoot: work, photos: PhotoProcessor(cacheFolder: cache)))
    let t = s.seconds()
    try? FileManager.default.removeItem(at: cache)
    print(String(format: "200-photo report (12-MP originals, fresh cache) to md,html,odt,docx: %.1f s wall, %.1f s cpu, peak RSS %.0f MB",
                 t.wall, t.cpu, peakMB()))
}
