import TripModel

/// 出國報告提要 and 審核表.
extension DocumentBuilder {
    /// The abstract: every upload-system field as a two-column table.
    mutating func abstract(_ spec: SectionSpec) {
        let rows = (metadata?.fields ?? []).map { field in
            [TableCell(field.name, centred: true),
             TableCell(field.value.isEmpty ? Paragraph.promptMark + field.name : field.value)]
        }
        blocks.append(.table(Table(widths: [2.2, 7.8], header: [], rows: rows)))
    }

    /// The review form (annex 2): items with check boxes, opinions, signature lines.
    mutating func reviewForm(_ spec: SectionSpec) {
        let d = delegation
        let facts: [[TableCell]] = [
            [TableCell("出國報告名稱", centred: true), TableCell(AbstractMetadata.reportName(d.title), colSpan: 2)],
            [TableCell("出國人姓名", centred: true), TableCell(d.namesAndTitles, colSpan: 2)],
            [TableCell("出國期間", centred: true), TableCell(ROCDate.range(d.start, d.end), colSpan: 2)],
            [TableCell("報告繳交日期", centred: true), TableCell(d.reportDate.map(ROCDate.long) ?? "", colSpan: 2)],
        ]
        let items = ["依限繳交", "格式完整（本文具備目的、過程、心得及建議事項）", "無抄襲", "內容充實完備",
                     "建議具參考價值", "送本機關參考或研辦", "送上級機關參考"]
        var rows = facts
        rows.append([TableCell("審核項目", centred: true), TableCell("審核意見", centred: true), TableCell("備註", centred: true)])
        for item in items { rows.append([TableCell(item), TableCell("□是　□否", centred: true), TableCell("")]) }
        rows.append([TableCell("退回補正"), TableCell([
            "□(1)不符原核定計畫", "□(2)以外文撰寫或僅蒐集外文資料", "□(3)內容空洞或未涵蓋要項",
            "□(4)抄襲", "□(5)引用未註明來源", "□(6)電子檔未依格式",
        ], colSpan: 2)])
        rows.append([TableCell("公開發表方式"), TableCell("□座談會　□業務會報　□其他：＿＿＿＿", colSpan: 2)])
        rows.append([TableCell("其他處理意見"), TableCell("", colSpan: 2)])
        // Signature lines in the same table, so the form stays on one page.
        rows.append([TableCell("出國人", centred: true), TableCell("一級單位主管", centred: true),
                     TableCell("機關首長或授權人員", centred: true)])
        rows.append([TableCell(["", ""]), TableCell(["", ""]), TableCell(["", ""])])
        blocks.append(.table(Table(widths: [3.8, 3.6, 2.6], header: [], rows: rows)))
    }
}
