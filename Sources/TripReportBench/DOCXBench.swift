import Foundation
import TripModel
import TripReport

/// The Kyushu report with 40 downscaled photos to DOCX, against pandoc turning our Markdown and
/// the same images into DOCX: one cold run (the contents' pages measured in LibreOffice, as the
/// first DOCX of a changed report is), then 10 alternating pairs with the page map remembered.
func docxAgainstPandoc(work: URL, photos: [URL], templates: TemplateSet) throws {
    let d = try kyushu(photos: photos.count, files: photos)
    let generator = ReportGenerator(templates: templates)
    let out = work.appendingPathComponent("docx")
    let processor = PhotoProcessor(cacheFolder: work.appendingPathComponent("cache-docx"))
    let options = ReportOptions(formats: [.docx], outFolder: out, photoRoot: work, photos: processor)
    // Warm-up: photos downscaled into the cache, Markdown written for pandoc.
    _ = try generator.generate(d, options: ReportOptions(formats: [.md], outFolder: out, photoRoot: work, photos: processor))
    // Cold: no page map remembered yet.
    try? FileManager.default.removeItem(at: work.appendingPathComponent("pages"))
    let cold = Stamp()
    _ = try generator.generate(d, options: options)
    let coldTime = cold.seconds()
    var ours: [Double] = []
    var theirs: [Double] = []
    var oursCPU: [Double] = []
    var theirsCPU: [Double] = []
    for _ in 0..<10 {
        let s = Stamp()
        _ = try generator.generate(d, options: options)
        let t = s.seconds()
        ours.append(t.wall)
        oursCPU.append(t.cpu)
        let before = childCPU()
        let s2 = Stamp()
        try run("pandoc", ["kyushu-2025-出國報告.md", "-o", "pandoc.docx"], in: out)
        theirs.append(s2.seconds().wall)
        theirsCPU.append(childCPU() - before)
    }
    print(String(format: "DOCX, first run of a changed report (LibreOffice measures the contents' pages): %.3f s wall", coldTime.wall))
    print(
        String(
            format: "DOCX, ours: wall median %.3f s, best %.3f s (%@); cpu median %.3f s",
            median(ours),
            ours.min() ?? 0,
            list(ours),
            median(oursCPU)
        )
    )
    print(
        String(
            format: "DOCX, pandoc (same Markdown and images): wall median %.3f s, best %.3f s (%@); cpu median %.3f s",
            median(theirs),
            theirs.min() ?? 0,
            list(theirs),
            median(theirsCPU)
        )
    )
    print(
        String(
            format: "ratio ours / pandoc: wall median %.2f, best %.2f; cpu median %.2f",
            median(ours) / max(median(theirs), 1e-9),
            (ours.min() ?? 0) / max(theirs.min() ?? 1, 1e-9),
            median(oursCPU) / max(median(theirsCPU), 1e-9)
        )
    )
}
