import ArgumentParser
import Foundation
import TripModel
import TripReport
import TripStore

/// `tripwright report TRIP`: drafts the report (出國報告, 專案報告, 提要, 審核表) in ODT, DOCX,
/// PDF, HTML and Markdown from what was planned and logged.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "草擬出國報告（ODT、DOCX、PDF、HTML、Markdown）。 Draft the report in the standard format.",
        discussion: "種類 Kinds: trip（公務出國報告）, council（議會專案報告）, abstract（出國報告提要＋上傳欄位 JSON/CSV）, review-form（審核表）。"
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "報告種類：trip、council、abstract、review-form。 Report kind.")
    var kind = "trip"

    @Option(name: .long, help: "格式（逗號分隔）：odt,docx,pdf,html,md。 Formats, comma-separated.")
    var format = "odt,docx,pdf,html,md"

    @Option(name: .long, help: "輸出資料夾（預設：reports/TRIP）。 Output folder (default: reports/TRIP).")
    var out: String?

    @Option(name: .long, help: "範本資料夾，取代內建的 Templates/。 Templates folder replacing the built-in one.")
    var templates: String?

    @Option(name: .long, help: "照片最長邊像素（預設 1600）。 Longest photo edge in pixels.")
    var photoSize = 1600

    @Option(name: .long, help: "照片 JPEG 品質 1–100（預設 85）。 Photo JPEG quality.")
    var photoQuality = 85

    func validate() throws {
        do {
            _ = try ReportFormat.list(format)
        } catch {
            throw ValidationError("\(error)")
        }
        if !(200...10000).contains(photoSize) { throw ValidationError("--photo-size 須介於 200 與 10000 之間。 Use 200–10000.") }
        if !(1...100).contains(photoQuality) { throw ValidationError("--photo-quality 須介於 1 與 100 之間。 Use 1–100.") }
    }

    func run() throws {
        try reporting(global.lang) {
            let zh = global.lang == .zh
            let delegation = try loadDelegation(trip, from: try global.open(.readOnly))
            let set = try TemplateSet.locate(templates.map { URL(fileURLWithPath: $0) })
            let folder = URL(fileURLWithPath: out ?? "reports/\(delegation.id)")
            let terminal = isatty(STDERR_FILENO) != 0
            let options = ReportOptions(
                kind: kind, formats: try ReportFormat.list(format), outFolder: folder,
                photoRoot: global.location.files,
                photos: PhotoProcessor(longestEdge: photoSize, quality: photoQuality),
                progress: { line in
                    guard terminal else { return }
                    // The line may name a file from --out: only our own erase sequence reaches the terminal raw.
                    let shown = TerminalText.neutralised(line)
                    FileHandle.standardError.write(Data(("\r\u{1B}[K" + shown + (line.hasPrefix("photos") ? "" : "\n")).utf8))
                })
            let result: ReportResult
            do {
                result = try ReportGenerator(templates: set).generate(delegation, options: options)
            } catch let error as ReportError {
                throw CLIError((zh ? "無法產生報告：" : "cannot make the report: ") + error.text(global.lang))
            }
            for file in result.files { say(file.path) }
            for warning in result.warnings { say((zh ? "注意：" : "Note: ") + warning.text(global.lang)) }
            if !result.prompts.isEmpty {
                say(zh ? "草稿中仍有 \(result.prompts.count) 處【待填】，送出前請補齊（tripwright check \(delegation.id) 亦會提示）。"
                         : "The draft still holds \(result.prompts.count) 【待填】 prompts to fill before filing.")
            }
        }
    }
}
