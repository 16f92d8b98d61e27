import Foundation
import TripModel
import TripReport

/// The Kyushu report with 40 photos (downscaled copies in the cache) in five formats, timed 5
/// times; then its ODT converted by LibreOffice with its own defaults (images reduced to 300 DPI
/// and re-encoded) and with our options, alternating; the PDFs' images read with pdfimages.
func fiveFormats(work: URL, photos: [URL], templates: TemplateSet) throws {
    let d = try kyushu(photos: photos.count, files: photos)
    let generator = ReportGenerator(templates: templates)
    let cache = work.appendingPathComponent("cache-docx")
    let processor = PhotoProcessor(cacheFolder: cache)
    let out = work.appendingPathComponent("five")
    _ = try generator.generate(d, options: ReportOptions(formats: [.md], outFolder: out, photoRoot: work, photos: processor))
    var times: [Double] = []
    var pdf = out
    for _ in 0..<5 {
        try? FileManager.default.removeItem(at: out)
        let s = Stamp()
        let result = try generator.generate(
            d,
            options: ReportOptions(
                formats: [.odt, .docx, .pdf, .html, .md],
                outFolder: out,
                photoRoot: work,
                photos: processor
            )
        )
        times.append(s.seconds().wall)
        pdf = result.files.first { $0.pathExtension == "pdf" } ?? pdf
    }
    print(
        String(
            format: "five formats (ODT, DOCX, PDF, HTML, Markdown), 40 photos: wall median %.2f s, best %.2f s (%@); PDF %.1f MB",
            median(times),
            times.min() ?? 0,
            list(times),
            megabytes([pdf])
        )
    )

    // The same ODT through LibreOffice: its defaults against our options, alternating.
    guard
        let odt = try FileManager.default.contentsOfDirectory(at: out, includingPropertiesForKeys: nil)
            .first(where: { $0.pathExtension == "odt" })
    else { return }
    let converter = try PDFConverter(styles: templates.styles)
    let plain = work.appendingPathComponent("pdf-default")
    let ours = work.appendingPathComponent("pdf-ours")
    var plainTimes: [Double] = []
    var ourTimes: [Double] = []
    for _ in 0..<3 {
        try? FileManager.default.removeItem(at: plain)
        let s = Stamp()
        try run(
            converter.soffice.path,
            [
                "-env:UserInstallation=" + work.appendingPathComponent("lo-profile-\(UUID().uuidString)").absoluteString,
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", plain.path, odt.path,
            ]
        )
        plainTimes.append(s.seconds().wall)
        try? FileManager.default.removeItem(at: ours)
        try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
        let s2 = Stamp()
        _ = try converter.convert(odt, into: ours)
        ourTimes.append(s2.seconds().wall)
    }
    let name = odt.deletingPathExtension().lastPathComponent + ".pdf"
    let plainPDF = plain.appendingPathComponent(name)
    let ourPDF = ours.appendingPathComponent(name)
    print(
        String(
            format: "ODT → PDF, LibreOffice's defaults: wall median %.2f s (%@), %.1f MB; images %@",
            median(plainTimes),
            list(plainTimes),
            megabytes([plainPDF]),
            try imageSizes(plainPDF)
        )
    )
    print(
        String(
            format: "ODT → PDF, our options: wall median %.2f s (%@), %.1f MB; images %@",
            median(ourTimes),
            list(ourTimes),
            megabytes([ourPDF]),
            try imageSizes(ourPDF)
        )
    )
    // Sharp as the downscaled copies: every copy is in our PDF byte for byte.
    let extracted = work.appendingPathComponent("pdf-images")
    try? FileManager.default.removeItem(at: extracted)
    try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
    try run("pdfimages", ["-j", ourPDF.path, extracted.appendingPathComponent("i").path])
    let inPDF = Set(try FileManager.default.contentsOfDirectory(at: extracted, includingPropertiesForKeys: nil).map { try Data(contentsOf: $0) })
    let copies = try d.events.flatMap(\.photos).compactMap { photo -> URL? in
        try processor.prepare(ImageRef(source: URL(fileURLWithPath: photo.file ?? ""))).prepared
    }
    let same = try copies.filter { inPDF.contains(try Data(contentsOf: $0)) }.count
    print("downscaled copies found byte for byte in our PDF: \(same) of \(copies.count)")
}

/// `N × W×H` for the images pdfimages lists in a PDF, by size.
func imageSizes(_ pdf: URL) throws -> String {
    let lines = try run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2)
    var counts: [String: Int] = [:]
    for line in lines {
        let f = line.split(separator: " ", omittingEmptySubsequences: true)
        if f.count > 4 { counts["\(f[3])×\(f[4])", default: 0] += 1 }
    }
    return counts.sorted { $0.value > $1.value }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
}
