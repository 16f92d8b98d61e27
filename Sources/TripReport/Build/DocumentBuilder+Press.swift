import TripModel

/// 新聞輿情蒐集 and 附錄.
extension DocumentBuilder {
    /// Clippings two to a row, in the report's own order (the plan's): image, then date and
    /// outlet, headline, remark. A clipping without its screenshot gets a prompt in its place.
    mutating func press(_ spec: SectionSpec) throws(ReportError) {
        guard !delegation.press.isEmpty else {
            try prompt(.press)
            return
        }
        var items: [GridItem] = []
        for item in delegation.press {
            // 114年9月8日三立新聞台 as the seed writes it; an outlet not in Han script (연합뉴스,
            // NHK) gets a space, so the date does not run into its name.
            let date = ROCDate.long(item.date).replacingOccurrences(of: " ", with: "")
            let joined = item.outlet.unicodeScalars.first.map { $0.properties.isIdeographic } ?? true
            var caption = [date + (joined ? "" : " ") + item.outlet]
            if let headline = item.headline { caption.append(headline) }
            if let remark = item.remark { caption.append("（\(remark)）") }
            let picture = image(item.image)
            if picture == nil, let url = item.url { caption.append(url) }
            // A file that is missing or damaged gets its prompt when the pictures are prepared.
            var prompt: String?
            if picture == nil {
                let facts = ClippingPromptView(outlet: item.outlet, date: ROCDate.long(item.date), headline: item.headline)
                prompt = try templates.render(.clipping, facts).trimmed
            }
            items.append(GridItem(image: picture, prompt: prompt, caption: caption))
        }
        blocks.append(.photoGrid(PhotoGrid(items: items, fit: .readable)))
    }

    /// Follow-ups arising from the visits, when there are any.
    mutating func appendix(_ spec: SectionSpec) {
        let rows: [[TableCell]] = context.visits.flatMap { event in
            event.followUps.map { item in
                let owner = item.owner.map { delegation.member($0)?.name ?? $0 } ?? ""
                return [
                    TableCell(item.task), TableCell(owner, centred: true),
                    TableCell(item.due.map(ROCDate.long) ?? "", centred: true),
                    TableCell(item.status.zh, centred: true), TableCell(event.title),
                ]
            }
        }
        guard !rows.isEmpty else { return }
        blocks.append(.paragraph(Paragraph(spec.label("heading", "後續辦理事項"), style: .label)))
        let header = [
            spec.label("task", "事項"), spec.label("owner", "負責人"), spec.label("due", "期限"),
            spec.label("status", "狀態"), spec.label("event", "相關行程"),
        ].map { TableCell($0, centred: true) }
        blocks.append(.table(Table(widths: [4, 1.6, 2.4, 1.2, 3], header: [header], rows: rows)))
    }
}
