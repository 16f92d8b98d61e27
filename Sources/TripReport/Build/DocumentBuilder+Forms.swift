import TripModel

/// 出國報告提要 and 審核表.
extension DocumentBuilder {
    /// The abstract: every upload-system field as a two-column table, 出國人員 one to a line, and
    /// 報告內容摘要 last across the full width, a row per paragraph, so that a summary of the
    /// allowed length keeps the form on one page (and a longer one breaks between paragraphs).
    /// A field with no value holds `snippets/prompt-field.mustache`.
    mutating func abstract(_ spec: SectionSpec) throws(ReportError) {
        var rows: [[TableCell]] = []
        let summaryName = "報告內容摘要"
        for field in metadata?.fields ?? [] where field.name != summaryName {
            let value = field.value.isEmpty ? try templates.render(.field, FieldPromptView(field: field.name)).trimmed : field.value
            let lines = field.name == "出國人員" ? value.components(separatedBy: "；") : [value]
            rows.append([TableCell(field.name, centred: true), TableCell(lines)])
        }
        let summary = metadata?.value(summaryName) ?? ""
        let paragraphs = summary.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        rows.append([TableCell(summaryName, colSpan: 2, centred: true)])
        let empty = paragraphs.isEmpty ? [try templates.render(.field, FieldPromptView(field: summaryName)).trimmed] : []
        for text in paragraphs + empty {
            rows.append([TableCell(text, colSpan: 2)])
        }
        blocks.append(.table(Table(widths: [1.9, 8.1], header: [], rows: rows)))
    }

    /// The review form (annex 2, 出國報告審核表): the report's facts (名稱, 出國人姓名, 職稱, 服務單位,
    /// 出國類別, 出國期間, 報告繳交日期), then each item with a box for 出國人員自我檢核 and one for
    /// 計畫主辦機關審核, the reasons for 退回補正, how it is made public, and the signature lines;
    /// three tables sized to stay on one A4 page.
    mutating func reviewForm(_ spec: SectionSpec) {
        let d = delegation
        let person = d.leader ?? d.members.first
        let categories = TripCategory.allCases.map { ($0 == d.category ? "■" : "□") + $0.zh }.joined()
        let facts: [[TableCell]] = [
            [TableCell("出國報告名稱", centred: true), TableCell(AbstractMetadata.reportName(d.title), colSpan: 3)],
            [
                TableCell("出國人姓名", centred: true), TableCell(person?.name ?? ""),
                TableCell("職稱", centred: true), TableCell(person?.title ?? ""),
            ],
            [TableCell("服務單位", centred: true), TableCell(person?.unit ?? d.agency, colSpan: 3)],
            [TableCell("出國類別", centred: true), TableCell(categories, colSpan: 3)],
            [
                TableCell("出國期間", centred: true), TableCell(ROCDate.range(d.start, d.end)),
                TableCell("報告繳交日期", centred: true), TableCell(d.reportDate.map(ROCDate.long) ?? ""),
            ],
        ]
        blocks.append(.table(Table(widths: [1.9, 3.8, 1.9, 2.4], header: [], rows: facts)))
        var rows: [[TableCell]] = [
            [TableCell("自我檢核", centred: true), TableCell("機關審核", centred: true), TableCell("審核項目", centred: true)]
        ]
        let items = [
            "依限繳交出國報告", "格式完整（本文必須具備「目的」、「過程」、「心得及建議事項」）", "無抄襲相關資料",
            "內容充實完備", "建議具參考價值", "送本機關參考或研辦", "送上級機關參考",
        ]
        for (i, item) in items.enumerated() {
            rows.append([TableCell("□", centred: true), TableCell("□", centred: true), TableCell("\(i + 1). \(item)")])
        }
        rows.append([
            TableCell(""), TableCell("□", centred: true),
            TableCell([
                "\(items.count + 1). 退回補正，原因：",
                // Paired to fit a line each, so the form keeps to one page.
                "□不符原核定出國計畫　□引用相關資料未註明資料來源",
                "□內容空洞簡略或未涵蓋規定要項　□電子檔案未依格式辦理",
                "□以外文撰寫或僅以所蒐集外文資料為內容",
                "□抄襲相關資料之全部或部分內容",
                "□未於資訊網登錄提要資料及傳送出國報告電子檔",
            ]),
        ])
        rows.append([
            TableCell(""), TableCell("□", centred: true),
            TableCell([
                "\(items.count + 2). 本報告除上傳至出國報告資訊網外，將採行之公開發表：",
                "□辦理本機關出國報告座談會（說明會），與同仁進行知識分享",
                "□於本機關業務會報提出報告　□其他：＿＿＿＿",
            ]),
        ])
        rows.append([TableCell(""), TableCell("□", centred: true), TableCell("\(items.count + 3). 其他處理意見及方式：")])
        blocks.append(.table(Table(widths: [1.2, 1.2, 7.6], header: [], rows: rows)))
        let signatures: [[TableCell]] = [
            [
                TableCell(["出國人簽章", "（2人以上，得以1人為代表）"], centred: true), TableCell("計畫主辦機關審核人", centred: true),
                TableCell("一級單位主管", centred: true), TableCell("機關首長或其授權人員", centred: true),
            ],
            [TableCell(""), TableCell(""), TableCell(""), TableCell("")],
        ]
        blocks.append(.table(Table(widths: [2.5, 2.5, 2.5, 2.5], header: [], rows: signatures)))
    }
}
