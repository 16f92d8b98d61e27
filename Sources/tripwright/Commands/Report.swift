import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright report TRIP`: drafts the report (出國報告, 專案報告, 提要, 審核表) in ODT, DOCX,
/// PDF, HTML and Markdown from what was planned and logged.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "草擬出國報告（ODT、DOCX、PDF、HTML、Markdown）。 Draft the report in the standard format.",
        discussion: "種類 Kinds: trip（公務出國報告）, council（議會專案報告）, abstract（出國報告提要＋上傳欄位 JSON/CSV）, review-form（審核表）。"
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "出國案 id。 Delegation id.")
    var trip: String

    @Option(name: .long, help: "報告種類（內建 trip、council、abstract、review-form；--templates 可另加）。 Report kind (built in, or one the templates add).")
    var kind = ReportKindName.trip

    @Option(name: .long, help: "格式（逗號分隔）。 Formats, comma-separated.")
    var format = FormatList.all

    @Option(name: .long, help: "輸出資料夾（預設：reports/TRIP）。 Output folder (default: reports/TRIP).")
    var out: String?

    @Option(name: .long, help: "範本資料夾，取代內建的 Templates/。 Templates folder replacing the built-in one.")
    var templates: String?

    @Option(name: .long, help: "照片最長邊像素（預設 1600）。 Longest photo edge in pixels.")
    var photoSize = 1600

    @Option(name: .long, help: "照片 JPEG 品質 1–100（預設 85）。 Photo JPEG quality.")
    var photoQuality = 85

    func validate() throws {
        let lang = global.lang
        if let problem = format.problem { throw ValidationError(problem.text(lang)) }
        if !(200...10000).contains(photoSize) {
            throw ValidationError(LocalizedText(zh: "--photo-size 須介於 200 與 10000 之間。", en: "--photo-size must be 200–10000.").text(lang))
        }
        if !(1...100).contains(photoQuality) {
            throw ValidationError(LocalizedText(zh: "--photo-quality 須介於 1 與 100 之間。", en: "--photo-quality must be 1–100.").text(lang))
        }
    }

    func run() async throws {
        let lang = global.lang
        let context = AppContext(location: global.location, templatesFolder: templates.map { URL(fileURLWithPath: $0) })
        let terminal = isatty(STDERR_FILENO) != 0
        let made = try await reporting(lang) {
            // The kind is checked against the templates in use, with the nearest ids.
            _ = try await ReportKinds(context).validate(kind.id)
            return try await MakeReport(context).run(
                MakeReport.Input(
                    trip: ReadDelegation.Input(trip: trip, prefix: true),
                    kind: kind.id,
                    formats: format.formats,
                    outFolder: out.map { URL(fileURLWithPath: $0) },
                    photos: MakeReport.PhotoSettings(longestEdge: photoSize, quality: photoQuality),
                    progress: { event in
                        guard terminal else { return }
                        // The line may name a file from --out: only our own erase sequence reaches the terminal raw.
                        let shown = TerminalText.neutralised(event.message.text(lang))
                        FileHandle.standardError.write(Data(("\r\u{1B}[K" + shown + (event.isCount ? "" : "\n")).utf8))
                    }
                )
            )
        }
        for file in made.files { say(file.path) }
        for warning in made.warnings { say(CLIText.note.appending(warning).text(lang)) }
        if !made.prompts.isEmpty {
            say(
                LocalizedText(
                    zh: "草稿中仍有 \(made.prompts.count) 處【待填】，送出前請補齊（tripwright check \(made.delegation) 亦會提示）。",
                    en: "The draft still holds \(made.prompts.count) 【待填】 prompts to fill before filing."
                ).text(lang)
            )
        }
    }
}
