import TripModel

/// Rule 9: once the delegation is home, is the report ready? Due date, summary length,
/// placeholders, empty sections, visits with no notes, photos with no caption, names written
/// two ways.
enum ReadinessRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let d = ctx.delegation
        guard ctx.today > d.end else { return }
        due(ctx, &out)
        summary(ctx, &out)
        placeholders(ctx, &out)
        sections(ctx, &out)
        eventsLogged(ctx, &out)
        NameVariantsRule.run(ctx, into: &out)
    }

    private static func due(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let d = ctx.delegation
        guard d.status != .filed else { return }
        let due = d.end.adding(months: Int(ctx.number(.reportDueMonths)))
        // A report that carries a date already reached is written: only its date can be late.
        if let dated = d.reportDate, dated <= ctx.today {
            guard dated > due else { return }
            out.append(
                Diagnostic(
                    code: .reportDue,
                    severity: .warning,
                    day: dated,
                    message: LocalizedText(
                        zh: "報告日期 \(ROCDate.long(dated)) 晚於期限 \(ROCDate.long(due))（返國日 \(ROCDate.long(d.end)) 起三個月內）。",
                        en: "The report is dated \(dated.iso), after its due date \(due.iso) (three months after return on \(d.end.iso))."
                    ),
                    fix: LocalizedText(zh: "確認報告日期；逾期請依規定說明。", en: "Check the report date; explain the delay as the rules require.")
                )
            )
            return
        }
        let left = ctx.today.days(until: due)
        let severity: Severity = left < 0 ? .error : (left <= Int(ctx.number(.reportWarnDays)) ? .warning : .info)
        let zh =
            left < 0
            ? "出國報告已逾期 \(-left) 天（應於 \(ROCDate.long(due)) 前提交，返國日 \(ROCDate.long(d.end)) 起三個月內）。"
            : "出國報告應於 \(ROCDate.long(due)) 前提交，尚餘 \(left) 天。"
        let en =
            left < 0
            ? "The trip report is \(-left) days late (due \(due.iso), three months after return on \(d.end.iso))."
            : "The trip report is due on \(due.iso), in \(left) days."
        out.append(
            Diagnostic(
                code: .reportDue,
                severity: severity,
                day: due,
                message: LocalizedText(zh: zh, en: en),
                fix: severity == .info
                    ? nil
                    : LocalizedText(
                        zh: "完成報告並上傳，再把計畫檔的 status 設為 filed。",
                        en: "Finish and upload the report, then set `status: filed`."
                    )
            )
        )
    }

    private static func summary(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        if let found = ProseCheck.summaryLength(ctx.delegation) { out.append(found) }
    }

    private static func placeholders(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let d = ctx.delegation
        func report(_ mask: UInt8, item: String?, zh: @autoclosure () -> String, en: @autoclosure () -> String) {
            guard mask != 0 else { return }
            let found = TextScan.placeholders.indices.filter { mask & (1 << $0) != 0 }.map { TextScan.placeholders[$0] }
            let list = found.joined(separator: "、")
            out.append(
                Diagnostic(
                    code: .placeholder,
                    severity: .warning,
                    items: item.map { [$0] } ?? [],
                    message: LocalizedText(
                        zh: "\(zh())仍有待填文字：\(list)。",
                        en: "The \(en()) still has placeholders: \(found.joined(separator: ", "))."
                    ),
                    fix: LocalizedText(zh: "以實際內容取代 \(list)。", en: "Replace them with the real text.")
                )
            )
        }
        func scan(_ text: String?) -> UInt8 { text.map(TextScan.placeholderMask) ?? 0 }
        // The prose fields' findings are the ones their page shows (ProseCheck).
        for field in [.purpose, .summary, .suggestions] + d.reflections.indices.map(ProseField.reflection) {
            if let found = ProseCheck.placeholder(field, in: d) { out.append(found) }
        }
        // Only the few events with a placeholder get their label written.
        for e in d.events {
            var mask = scan(e.title)
            for n in e.notes { mask |= scan(n.text) }
            for p in e.photos { mask |= scan(p.caption) }
            for o in e.outcomes { mask |= scan(o.text) }
            report(mask, item: e.id, zh: "「\(e.title)」", en: "\"\(e.title)\"")
        }
        for p in d.press { report(scan(p.headline), item: p.id, zh: "新聞「\(p.outlet)」", en: "press item \"\(p.outlet)\"") }
    }

    private static func sections(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let d = ctx.delegation
        if let found = ProseCheck.empty(.purpose, in: d) { out.append(found) }
        if d.events.isEmpty && d.legs.isEmpty {
            out.append(
                Diagnostic(
                    code: .sectionEmpty,
                    severity: .warning,
                    message: LocalizedText(zh: "報告的「過程」一節是空的。", en: "The report's process section is empty."),
                    fix: LocalizedText(
                        zh: "在計畫檔的 events、legs 寫入「過程」，再以 tripwright import 或網頁總覽的「上傳計畫檔」匯入。",
                        en:
                            "Write the process under `events`, `legs` in the plan file, then bring it in with tripwright import or the overview's Upload a plan file."
                    )
                )
            )
        }
        if let found = ProseCheck.empty(.reflection(0), in: d) { out.append(found) }
        if let found = ProseCheck.empty(.suggestions, in: d) { out.append(found) }
    }

    private static func eventsLogged(_ ctx: CheckContext, _ out: inout [Diagnostic]) {
        // A visit the trip report's outline keeps out of the body, or covers with its own text,
        // prints no notes: none are asked of it.
        let unprinted = ctx.delegation.outline(for: "trip")?.eventsWithoutPrintedNotes ?? []
        for (k, e) in ctx.delegation.events.enumerated() {
            let item: Item? = k < ctx.items.count ? ctx.items[k] : nil
            var zh: String { item.map(ctx.zh) ?? "「\(e.title)」" }
            var en: String { item.map(ctx.en) ?? "\"\(e.title)\"" }
            if needsNotes(e.kind), !unprinted.contains(e.id), e.notes.allSatisfy({ TextScan.isBlank($0.text) }) {
                out.append(
                    Diagnostic(
                        code: .visitWithoutNotes,
                        severity: .warning,
                        items: [e.id],
                        day: e.date,
                        message: LocalizedText(zh: "\(zh)沒有任何紀錄（notes）。", en: "\(en) has no notes."),
                        fix: LocalizedText(
                            zh: "在網頁此行程的頁面「新增筆記」，或用 tripwright log note 補上紀錄。",
                            en: "Add a note on this event's page in the web app, or with `tripwright log note`."
                        )
                    )
                )
            }
            let bare = e.photos.filter { TextScan.isBlank($0.caption) }.count
            if bare > 0 {
                out.append(
                    Diagnostic(
                        code: .photoWithoutCaption,
                        severity: .warning,
                        items: [e.id],
                        day: e.date,
                        message: LocalizedText(
                            zh: "\(zh)有 \(bare) 張照片沒有說明文字。",
                            en: "\(en) has \(bare) photo(s) with no caption."
                        ),
                        fix: LocalizedText(
                            zh: "在網頁此行程的頁面為每張照片「修改說明」，或在計畫檔寫上 caption。",
                            en: "Give every photo a caption: Edit caption on this event's page in the web app, or `caption` in the plan file."
                        )
                    )
                )
            }
            // A caption without its file prints as a 【待填】 prompt in the report: a gap to fill.
            let waiting = e.photos.filter { $0.file == nil }
            if !waiting.isEmpty {
                let captions = waiting.compactMap(\.caption).prefix(3)
                let more = waiting.count > captions.count ? "…" : ""
                out.append(
                    Diagnostic(
                        code: .photoWithoutFile,
                        severity: .warning,
                        items: [e.id],
                        day: e.date,
                        message: LocalizedText(
                            zh: "\(zh)有 \(waiting.count) 張照片只有說明、沒有檔案（報告中為【待填】）：\(captions.joined(separator: "、"))\(more)",
                            en:
                                "\(en) has \(waiting.count) photo(s) with a caption but no file (【待填】 in the report): \(captions.joined(separator: "; "))\(more)"
                        ),
                        fix: LocalizedText(
                            zh: "在網頁該照片的預留位置上傳檔案，或用 tripwright log photo 出國案 \(e.id) 檔案 --fill \"說明\"。",
                            en: "Upload the file on the placeholder in the web app, or run tripwright log photo TRIP \(e.id) FILE --fill \"caption\"."
                        )
                    )
                )
            }
        }
    }

    /// Field studies, calls, visits and meetings are written up in the report.
    private static func needsNotes(_ kind: EventKind) -> Bool {
        switch kind {
        case .study, .call, .visit, .meeting: true
        default: false
        }
    }
}
