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
        guard let text = ctx.delegation.summary, !TextScan.isBlank(text) else { return }
        let count = TextScan.cjkCount(text)
        let low = Int(ctx.number(.summaryMin))
        let high = Int(ctx.number(.summaryMax))
        guard count < low || count > high else { return }
        out.append(
            Diagnostic(
                code: .summaryLength,
                severity: .warning,
                message: LocalizedText(
                    zh: "摘要有 \(count) 個中文字，應為 \(low)–\(high) 字。",
                    en: "The summary has \(count) CJK characters; it should have \(low)–\(high)."
                ),
                fix: LocalizedText(
                    zh: count > high ? "刪減計畫檔 summary 的摘要約 \(count - high) 字。" : "在計畫檔的 summary 補充摘要約 \(low - count) 字。",
                    en: count > high
                        ? "Cut about \(count - high) characters from `summary` in the plan file."
                        : "Add about \(low - count) characters to `summary` in the plan file."
                )
            )
        )
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
        report(scan(d.purpose), item: nil, zh: "目的", en: "purpose")
        report(scan(d.summary), item: nil, zh: "摘要", en: "summary")
        report(scan(d.suggestions), item: nil, zh: "建議", en: "suggestions")
        for r in d.reflections {
            let theme = r.theme ?? ""
            report(scan(theme) | scan(r.text), item: nil, zh: "心得「\(theme)」", en: "reflection \"\(theme)\"")
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
        // Each fix names the plan file's key and the ways a plan file is brought in (the web
        // app offers no form for these texts yet: pointing at one sent users to nothing).
        let empty: [(String, String, String, Bool)] = [
            ("目的", "purpose", "purpose", TextScan.isBlank(d.purpose)),
            ("過程", "process", "events、legs", d.events.isEmpty && d.legs.isEmpty),
            ("心得", "reflections", "reflections", d.reflections.allSatisfy { TextScan.isBlank($0.text) }),
            ("建議", "suggestions", "suggestions", TextScan.isBlank(d.suggestions)),
        ]
        for (zh, en, key, isEmpty) in empty where isEmpty {
            out.append(
                Diagnostic(
                    code: .sectionEmpty,
                    severity: .warning,
                    message: LocalizedText(zh: "報告的「\(zh)」一節是空的。", en: "The report's \(en) section is empty."),
                    fix: LocalizedText(
                        zh: "在計畫檔的 \(key) 寫入「\(zh)」，再以 tripwright import 或網頁總覽的「上傳計畫檔」匯入。",
                        en:
                            "Write the \(en) under `\(key.replacingOccurrences(of: "、", with: "`, `"))` in the plan file, then bring it in with tripwright import or the overview's Upload a plan file."
                    )
                )
            )
        }
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
