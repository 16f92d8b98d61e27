import TripModel

/// Fillers for the prose parts: 摘要, 出國人員名單, 心得, visits, 具體成效.
extension DocumentBuilder {
    /// The written summary, else a draft of 200–300 CJK characters from the data.
    mutating func summary() throws(ReportError) {
        if let written = delegation.summary, !written.trimmed.isEmpty {
            paragraphs(written, style: .body)
            return
        }
        let draft = try SummaryDraft(templates: templates, context: context).text()
        paragraphs(draft, style: .body)
    }

    /// 項次/單位/職稱/姓名.
    mutating func members(_ spec: SectionSpec) {
        let header = [
            spec.label("order", "項次"), spec.label("unit", "單位"),
            spec.label("title", "職稱"), spec.label("name", "姓名"),
        ].map { TableCell($0, centred: true) }
        let rows = delegation.members.sorted { $0.order < $1.order }.map { m in
            [
                TableCell(String(m.order), centred: true), TableCell(m.unit), TableCell(m.title, centred: true),
                TableCell(m.name, centred: true),
            ]
        }
        blocks.append(.table(Table(widths: [1, 5, 1.6, 1.6], header: [header], rows: rows)))
        // More travelled than are named (15 travelled, 3 named), and people who went with the
        // delegation without being members: say so under the table, never as rows of it.
        let d = delegation
        if d.travellerCount > d.members.count {
            blocks.append(.paragraph(Paragraph("本團出國人數共 \(d.travellerCount) 人，上表列出其中 \(d.members.count) 人。", style: .body)))
        }
        if !d.companions.isEmpty {
            let people = d.companions.map { c in [c.unit, c.title, c.name].compactMap { $0 }.joined() }
            blocks.append(.paragraph(Paragraph("隨行人員（非出國人員）：" + people.joined(separator: "、"), style: .body)))
        }
    }

    /// One numbered part per visit: notes, people met, outcomes, photos; shaped by the report's
    /// outline when the plan has one for this kind (DocumentBuilder+Outline).
    mutating func visits(_ spec: SectionSpec, level: Int) throws(ReportError) {
        if let outline {
            try outlined(outline, spec, level: level)
            return
        }
        for event in context.visits {
            heading(event.title, level: level, events: [event.id])
            try drafted(event)
            try visitBlocks(event, spec, section: nil)
        }
    }

    /// An event's notes as paragraphs, else the prompt for them.
    mutating func drafted(_ event: Event) throws(ReportError) {
        if event.notes.isEmpty {
            // 拜會「拜會駐韓國台北代表部」says the kind twice: leave it out when the title has it.
            let facts = VisitPromptView(
                date: ROCDate.monthDay(event.date),
                title: event.title,
                kind: event.title.hasPrefix(event.kind.zh) ? nil : event.kind.zh,
                host: event.host
            )
            try prompt(.visit, LayeredView(top: facts, base: view))
        }
        for note in event.notes { paragraphs(note.text, style: .body) }
    }

    /// The optional blocks under a visit (people met, outcomes, photos), each where switched on.
    mutating func visitBlocks(_ event: Event, _ spec: SectionSpec, section: OutlineSection?) throws(ReportError) {
        if shows(.counterparts, in: section), !event.counterparts.isEmpty {
            let people = event.counterparts.map { person in
                person.name + (person.title ?? "") + (person.organisation.map { "（\($0)）" } ?? "")
            }
            blocks.append(
                .paragraph(
                    Paragraph(
                        spec.label("counterparts", "會晤人員：") + people.joined(separator: "、"),
                        style: .label
                    )
                )
            )
        }
        if shows(.outcomes, in: section), !event.outcomes.isEmpty {
            blocks.append(.paragraph(Paragraph(spec.label("outcomes", "具體成果："), style: .label)))
            for outcome in event.outcomes {
                let when = outcome.date.map { "（\(ROCDate.long($0))）" } ?? ""
                blocks.append(.paragraph(Paragraph(outcome.text + when, style: .item)))
            }
        }
        if shows(.photos, in: section) { try photos(event.photos) }
    }

    /// A two-column grid of an event's photos with captions; a missing file becomes a prompt in
    /// the picture's place, above its caption.
    mutating func photos(_ photos: [Photo]) throws(ReportError) {
        guard !photos.isEmpty else { return }
        var items: [GridItem] = []
        for photo in photos {
            let caption = photo.caption.map { [$0] } ?? []
            let picture = image(photo.file)
            var prompt: String?
            if picture == nil {
                prompt = try templates.render(.photo, PhotoPromptView(file: photo.file ?? "（未指定）", unreadable: false, problem: "")).trimmed
            }
            items.append(GridItem(image: picture, prompt: prompt, caption: caption))
        }
        blocks.append(.photoGrid(PhotoGrid(items: items)))
    }

    /// 心得: the written parts by theme, else one prompt per theme listing its visits.
    mutating func reflections(level: Int) throws(ReportError) {
        if !delegation.reflections.isEmpty {
            for reflection in delegation.reflections {
                if let theme = reflection.theme, !theme.trimmed.isEmpty { heading(theme, level: level, fill: .reflections) }
                paragraphs(reflection.text, style: .body)
            }
            return
        }
        let themes = context.themes
        if themes.isEmpty {
            try prompt(.reflections)
            return
        }
        for theme in themes {
            heading(theme, level: level, fill: .reflections)
            let facts = ThemePromptView(theme: theme, visitNames: context.visits(theme: theme).map(\.title).joined(separator: "、"))
            try prompt(.theme, LayeredView(top: facts, base: view))
        }
    }

    /// Council 具體成效: the reflections by theme, then every logged outcome.
    mutating func outcomes(_ spec: SectionSpec, level: Int) throws(ReportError) {
        let all = context.visits.flatMap { event in event.outcomes.map { (event, $0) } }
        if delegation.reflections.isEmpty, all.isEmpty {
            try prompt(.outcomes)
            return
        }
        if !delegation.reflections.isEmpty { try reflections(level: level) }
        guard !all.isEmpty, shows(.outcomes, in: nil) else { return }
        heading(spec.label("outcomes", "具體成果"), level: level)
        for (event, outcome) in all {
            let when = outcome.date.map { "（\(ROCDate.long($0))）" } ?? ""
            blocks.append(.paragraph(Paragraph("\(event.title)：\(outcome.text)\(when)", style: .item)))
        }
    }
}
