import Foundation
import Testing
import TripReport

/// Writes the Kyushu and USA reports in every kind and format into `$TRIPWRIGHT_REPORT_SAMPLE`,
/// for the real-client checks in tools/check_reports.sh (LibreOffice, poppler, python-docx, odfpy).
@Test(
    .enabled(
        if: ProcessInfo.processInfo.environment["TRIPWRIGHT_REPORT_SAMPLE"] != nil,
        "set TRIPWRIGHT_REPORT_SAMPLE=DIR to write sample reports for tools/check_reports.sh"
    )
)
func writesSampleReportsForRealClients() throws {
    let out = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TRIPWRIGHT_REPORT_SAMPLE"] ?? "/tmp")
    let data = out.appendingPathComponent("data")
    let generator = ReportGenerator(templates: try RepoTemplates.load())
    let cache = out.appendingPathComponent("cache")
    let formats = PDFConverter.isAvailable ? ReportFormat.allCases : [.md, .html, .odt, .docx]
    let kyushu = Kyushu.delegation()
    try SamplePhotos.write(for: kyushu, into: data)
    for kind in ["trip", "review-form", "abstract"] {
        _ = try generator.generate(
            kyushu,
            options: ReportOptions(
                kind: kind,
                formats: formats,
                outFolder: out,
                photoRoot: data,
                photos: PhotoProcessor(cacheFolder: cache)
            )
        )
    }
    let usa = USA.delegation()
    _ = try generator.generate(
        usa,
        options: ReportOptions(
            kind: "council",
            formats: formats,
            outFolder: out,
            photoRoot: data,
            photos: PhotoProcessor(cacheFolder: cache)
        )
    )
}
