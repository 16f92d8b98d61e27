import Foundation
import TripMedia
import TripModel

/// Makes reports: kind (from the templates) → document tree → files in each format.
public struct ReportGenerator: Sendable {
    /// The templates in use.
    public let templates: TemplateSet

    /// Creates a generator over a template set.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The document tree of a kind for a delegation, before any picture is prepared.
    public func document(
        for delegation: Delegation,
        kind id: String,
        photoRoot: URL,
        pageCount: Int? = nil
    ) throws(ReportError) -> Document {
        let kind = try templates.kind(id)
        var builder = DocumentBuilder(templates: templates, delegation: delegation, kind: kind, photoRoot: photoRoot)
        if kind.sections.contains(where: { $0.fill == .abstract }) {
            builder.metadata = try metadata(for: delegation, pageCount: pageCount)
        }
        return try builder.build()
    }

    /// The upload-system facts; the summary is the written one, else the draft.
    public func metadata(for delegation: Delegation, pageCount: Int?) throws(ReportError) -> AbstractMetadata {
        let context = ReportContext(delegation: delegation)
        var summary = delegation.summary?.trimmed ?? ""
        if summary.isEmpty { summary = try SummaryDraft(templates: templates, context: context).text() }
        return AbstractMetadata(context: context, summary: summary, pageCount: pageCount)
    }

    /// The drafted summary (what 摘要 shows when none is written).
    public func draftSummary(for delegation: Delegation) throws(ReportError) -> String {
        try SummaryDraft(templates: templates, context: ReportContext(delegation: delegation)).text()
    }

    /// The base name of a kind's files, e.g. `kyushu-2025-出國報告`.
    public func baseName(_ delegation: Delegation, kind: ReportKind) -> String {
        "\(delegation.id)-\(kind.fileSuffix)"
    }

    /// Writes the report in every requested format.
    public func generate(_ delegation: Delegation, options: ReportOptions) throws(ReportError) -> ReportResult {
        let kind = try templates.kind(options.kind)
        let out = options.outFolder
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw .write(out.path, FileProblem.of(error))
        }
        var result = ReportResult()
        var pageCount: Int?
        if kind.sections.contains(where: { $0.fill == .abstract }) {
            let tripPDF = out.appendingPathComponent(baseName(delegation, kind: try templates.kind("trip")) + ".pdf")
            if let pages = PageCounter.pages(of: tripPDF) {
                pageCount = pages
            } else {
                let counted = countTripPages(delegation, options: options)
                pageCount = counted.pages
                if let warning = counted.warning { result.warnings.append(warning) }
            }
        }
        var doc = try document(for: delegation, kind: options.kind, photoRoot: options.photoRoot, pageCount: pageCount)
        let unreadable = try preparePictures(&doc, options: options)
        result.warnings += unreadable.map(\.warning) + TextAudit(delegation).warnings
        let base = baseName(delegation, kind: kind)
        let styles = templates.styles
        let faces = FontFaces(styles.fonts)
        if options.formats.contains(where: { [.odt, .docx, .pdf].contains($0) }) {
            result.warnings += GlyphCheck(faces: faces).warnings(for: doc)
        }
        var odt: URL?
        var pages: [String: Int] = [:]
        // PDF before DOCX, so the DOCX contents can carry the page numbers measured in the PDF.
        let order = options.formats.filter { $0 != .docx } + options.formats.filter { $0 == .docx }
        for format in order {
            let url = out.appendingPathComponent("\(base).\(format.rawValue)")
            switch format {
            case .md:
                try copyImages(doc, into: out)
                try write(MarkdownWriter().render(doc), to: url)
            case .html:
                try copyImages(doc, into: out)
                try write(HTMLWriter(styles: styles).render(doc), to: url)
            case .odt:
                try ODTWriter(styles: styles, faces: faces).write(doc, to: url)
                odt = url
            case .docx:
                // Without a PDF in this run, measure the pages in a scratch one so the contents'
                // PAGEREF fields show numbers before Word updates them (it is told to).
                if pages.isEmpty, kind.toc != nil, !options.formats.contains(.pdf), PDFConverter.isAvailable {
                    let cache = PageMapCache(besidePhotoCache: options.photos.cacheFolder)
                    do {
                        pages = try measurePages(doc, kind: kind, base: base, faces: faces, cache: cache)
                    } catch {
                        // The contents' page numbers are a convenience Word refreshes on opening:
                        // the DOCX is written without them, and the run says why.
                        result.warnings.append(
                            LocalizedText(
                                zh: "DOCX 目錄的頁碼未能預先填入（\(error.message.zh)）；Word 開啟檔案時會重新計算。",
                                en: "the DOCX contents carry no page numbers yet (\(error.message.en)); Word computes them when it opens the file."
                            )
                        )
                    }
                }
                try DOCXWriter(styles: styles, faces: faces, pages: pages).write(doc, to: url)
            case .pdf:
                let converter = try PDFConverter(styles: styles)
                var source = odt
                var temporary: URL?
                if source == nil {
                    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-\(UUID().uuidString)")
                    do {
                        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    } catch {
                        throw .write(folder.path, FileProblem.of(error))
                    }
                    let file = folder.appendingPathComponent("\(base).odt")
                    try ODTWriter(styles: styles, faces: faces).write(doc, to: file)
                    source = file
                    temporary = folder
                }
                defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
                if let source {
                    let pdf = try converter.convert(source, into: out)
                    pages = PageMap.measure(pdf, headings: doc.tocEntries, contentsTitle: kind.toc)
                }
            }
            result.files.append(url)
            options.progress?(.wrote(url))
        }
        if kind.sections.contains(where: { $0.fill == .abstract }) {
            let metadata = try self.metadata(for: delegation, pageCount: pageCount)
            let json = out.appendingPathComponent("\(base).json")
            let csv = out.appendingPathComponent("\(base).csv")
            try write(metadata.json(), to: json)
            try write(metadata.csv(), to: csv)
            result.files += [json, csv]
        }
        result.prompts = doc.prompts
        result.warnings += try dataWarnings(delegation, kind: kind)
        return result
    }

    /// Warnings about the plan's data rather than the files: a council report without its
    /// `council:` facts, a drafted 摘要 outside 200–300 characters.
    func dataWarnings(_ delegation: Delegation, kind: ReportKind) throws(ReportError) -> [LocalizedText] {
        var out: [LocalizedText] = []
        if kind.cover.contains(where: { $0.text.contains("council.") }), delegation.council == nil {
            out.append(
                LocalizedText(
                    zh: "計畫檔沒有 `council:` 資料（議會、屆次、會期、標題、日期、報告人），封面因此缺少這些內容。",
                    en: "the plan has no `council:` facts (council, term, session, title, date, reporters), so the cover lacks them"
                )
            )
        }
        if kind.id == "trip", delegation.summary?.trimmed.nonEmpty == nil {
            let count = try draftSummary(for: delegation).cjkCount
            if count < 200 || count > 300 {
                out.append(
                    LocalizedText(
                        zh: "草擬的摘要有 \(count) 個中文字；規定為 200–300 字。",
                        en: "the drafted 摘要 has \(count) CJK characters; the rule asks for 200–300"
                    )
                )
            }
        }
        return out
    }

    /// The page of every contents entry, from the document converted to PDF in a scratch folder,
    /// or from `cache` when the same document was measured with the same LibreOffice before.
    private func measurePages(
        _ doc: Document,
        kind: ReportKind,
        base: String,
        faces: FontFaces,
        cache: PageMapCache
    ) throws(ReportError) -> [String: Int] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-measure-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw .write(scratch.path, FileProblem.of(error))
        }
        let file = scratch.appendingPathComponent("\(base).odt")
        try ODTWriter(styles: templates.styles, faces: faces).write(doc, to: file)
        let converter = try PDFConverter(styles: templates.styles)
        let key = PageMapCache.key(odt: file, headings: doc.tocEntries, contentsTitle: kind.toc, soffice: converter.soffice)
        if let key, let known = cache.pages(forKey: key) { return known }
        let pdf = try converter.convert(file, into: scratch)
        let pages = PageMap.measure(pdf, headings: doc.tocEntries, contentsTitle: kind.toc)
        if let key { cache.store(pages, forKey: key) }
        return pages
    }

    /// Downscales every picture of `doc`. One that is missing or does not decode (deleted or
    /// damaged on disk after it was logged) leaves the report whole: its place gets a prompt
    /// naming the file, and it is returned so the caller can warn. Errors of the machine (libvips,
    /// the photo cache) still stop the run.
    func preparePictures(_ doc: inout Document, options: ReportOptions) throws(ReportError) -> [MediaProblem] {
        let images = doc.images
        guard !images.isEmpty else { return [] }
        let progress = options.progress
        let outcomes = options.photos.prepareEach(images) { done, total in
            if done == total || done % 10 == 0 { progress?(.photos(done: done, total: total)) }
        }
        var problems: [MediaProblem] = []
        var prompts: [MediaProblem: String] = [:]
        for outcome in outcomes {
            guard case let .failure(error) = outcome else { continue }
            guard case let .unreadablePhoto(problem) = error else { throw error }
            if prompts[problem] == nil {
                problems.append(problem)
                prompts[problem] = try templates.render(
                    .photo,
                    PhotoPromptView(
                        file: problem.name,
                        unreadable: true,
                        problem: problem.shortReason.zh
                    )
                ).trimmed
            }
        }
        var next = outcomes.makeIterator()
        doc = doc.mapGridItems { item in
            guard item.image != nil, let outcome = next.next() else { return item }
            var item = item
            switch outcome {
            case let .success(prepared):
                item.image = prepared
            case let .failure(.unreadablePhoto(problem)):
                item.image = nil
                item.prompt = prompts[problem]
            case .failure:
                item.image = nil
            }
            return item
        }
        return problems
    }

    /// Pages of the trip report's PDF made in a scratch folder; without them, the warning that
    /// says why 報告書頁數 is left empty.
    private func countTripPages(_ delegation: Delegation, options: ReportOptions) -> (pages: Int?, warning: LocalizedText?) {
        guard PDFConverter.isAvailable, templates.kinds["trip"] != nil else {
            return (
                nil,
                LocalizedText(
                    zh: "報告書頁數空白：需要 LibreOffice 才能計算出國報告的頁數（或將其 PDF 放在同一資料夾）。",
                    en: "報告書頁數 is empty: LibreOffice is needed to count the trip report's pages (or put its PDF in the same folder)"
                )
            )
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tripwright-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var trip = options
        trip.kind = "trip"
        trip.formats = [.pdf]
        trip.outFolder = scratch
        trip.progress = nil
        let made: URL?
        do {
            made = try generate(delegation, options: trip).files.first
        } catch {
            return (
                nil,
                LocalizedText(
                    zh: "報告書頁數空白：無法產生出國報告的 PDF 來計算頁數（\(error.message.zh)）。",
                    en: "報告書頁數 is empty: the trip report's PDF to count its pages could not be made (\(error.message.en))"
                )
            )
        }
        if let pdf = made, let pages = PageCounter.pages(of: pdf) { return (pages, nil) }
        return (
            nil,
            LocalizedText(
                zh: "報告書頁數空白：無法讀出出國報告 PDF 的頁數。",
                en: "報告書頁數 is empty: the page count of the trip report's PDF could not be read"
            )
        )
    }

    private func write(_ text: String, to url: URL) throws(ReportError) {
        do {
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw .write(url.path, FileProblem.of(error))
        }
    }

    /// Puts the prepared pictures in `images/` beside the Markdown and HTML.
    private func copyImages(_ doc: Document, into out: URL) throws(ReportError) {
        let folder = out.appendingPathComponent("images")
        let fm = FileManager.default
        for image in doc.images {
            guard let prepared = image.prepared else { continue }
            let target = folder.appendingPathComponent(image.fileName)
            if fm.fileExists(atPath: target.path) { continue }
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                try fm.copyItem(at: prepared, to: target)
            } catch {
                throw .write(target.path, FileProblem.of(error))
            }
        }
    }
}
