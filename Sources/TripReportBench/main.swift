// Benchmarks of the reports (issue 5; docs/benchmarks.md, "Reports"). Run by
// tools/bench_reports.sh in release mode: tripwright-report-bench MODE WORK_DIR TEMPLATES [PHOTOS]
//   downscale  12-megapixel JPEGs through PhotoProcessor (fresh cache), photos per second, for two
//              sets: synthetic worst-case files (per-pixel grain, 4:4:4 chroma, 4.9 MB) and, when
//              PHOTOS names a folder of real photos, phone-like files cut from them
//   docx       the Kyushu seed report with 40 downscaled photos to DOCX, against pandoc turning
//              our Markdown and the same images into DOCX, in alternating pairs (DOCXBench.swift)
//   pdf        the same report in five formats (ODT, DOCX, PDF, HTML, Markdown), and its ODT
//              converted by LibreOffice with its defaults and with ours, alternating (PDFBench.swift)
//   memory     a 200-photo report (12-megapixel originals, fresh cache) to ODT, DOCX, HTML and
//              Markdown; peak resident memory of the process
import Foundation
import TripModel
import TripReport
import TripStore

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
    print(
        String(
            format:
                "downscale %d %@ (%.1f MB each): %.2f s wall (%.1f photos/s), %.2f s cpu (%.0f ms per photo); cached second run %.3f s; largest %dx%d",
            files.count,
            label,
            megabytes(files),
            t.wall,
            Double(files.count) / t.wall,
            t.cpu,
            t.cpu * 1000 / Double(files.count),
            t2.wall,
            done.map(\.width).max() ?? 0,
            done.map(\.height).max() ?? 0
        )
    )
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
    try docxAgainstPandoc(work: work, photos: try originals(40, in: photosDir), templates: templates)
}

if mode == "pdf" || mode == "all" {
    try fiveFormats(work: work, photos: try originals(40, in: photosDir), templates: templates)
}

if mode == "memory" {
    let files = try originals(200, in: photosDir)
    let cache = work.appendingPathComponent("cache-memory-\(UUID().uuidString)")
    let d = try kyushu(photos: 200, files: files)
    let generator = ReportGenerator(templates: templates)
    let s = Stamp()
    _ = try generator.generate(
        d,
        options: ReportOptions(
            formats: [.md, .html, .odt, .docx],
            outFolder: work.appendingPathComponent("memory"),
            photoRoot: work,
            photos: PhotoProcessor(cacheFolder: cache)
        )
    )
    let t = s.seconds()
    try? FileManager.default.removeItem(at: cache)
    print(
        String(
            format: "200-photo report (12-MP originals, fresh cache) to md,html,odt,docx: %.1f s wall, %.1f s cpu, peak RSS %.0f MB",
            t.wall,
            t.cpu,
            peakMB()
        )
    )
}
