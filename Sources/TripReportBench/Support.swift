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
            let left = (sw - w) * (step * 37 % 101) / 100
            let top = (sh - h) * (step * 53 % 101) / 100
            try SyntheticPhoto.cut(source, to: url, left: left, top: top, width: w, height: h, orientation: i % 9 == 4 ? 6 : 1)
        }
        return url
    }
}

func megabytes(_ files: [URL]) -> Double {
    let bytes = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }.reduce(0, +)
    return Double(bytes) / Double(files.count) / 1_000_000
}

/// The Kyushu seed (seeds/kyushu-2025.yaml) with exactly `photos` photos spread over the visits its
/// trip report shows: the seed's outline keeps 日南太陽花園 out of the body (as the agency's own
/// report does), and photos put there would not be in the report being measured.
func kyushu(photos: Int, files: [URL]) throws -> Delegation {
    var d = try PlanReader().read(fileAt: URL(fileURLWithPath: "seeds/kyushu-2025.yaml")).delegation
    d.press = []
    let kept = Set(d.outlines.filter { $0.kind == "trip" }.flatMap(\.eventsOutOfBody))
    let shown = d.events.indices.filter { !kept.contains(d.events[$0].id) }
    var n = 0
    for i in d.events.indices { d.events[i].photos = [] }
    while n < photos, !shown.isEmpty {
        let i = shown[n % shown.count]
        d.events[i].photos.append(Photo(file: files[n % files.count].path, caption: "照片 \(n + 1)：\(d.events[i].title)"))
        n += 1
    }
    return d
}

/// The median of some numbers (the mean of the middle two for an even count).
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Seconds with three decimals, separated by spaces.
func list(_ xs: [Double]) -> String { xs.map { String(format: "%.3f", $0) }.joined(separator: " ") }

/// Runs a program to its end; its standard output.
@discardableResult
func run(_ program: String, _ arguments: [String], in folder: URL? = nil) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [program] + arguments
    if let folder { p.currentDirectoryURL = folder }
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
