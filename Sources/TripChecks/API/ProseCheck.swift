import TripModel

/// The readiness findings of one prose field (目的, 摘要, 心得, 建議), shared by the readiness
/// rule and the page where the field is written, and the one count of a summary's characters
/// (the web's live count mirrors it).
public enum ProseCheck {
    /// Characters counted for the summary's length: ideographs, kana, CJK punctuation and
    /// full-width forms (the national upload form counts the Chinese text with its punctuation).
    public static func count(_ text: String) -> Int { TextScan.cjkCount(text) }

    /// The summary's length as the plan's checks settings ask (200–300 unless overridden).
    public static func summaryLimits(_ d: Delegation) -> (low: Int, high: Int) {
        (Int(d.checks.number(.summaryMin)), Int(d.checks.number(.summaryMax)))
    }

    /// Every finding of one field, whether or not the delegation is home yet.
    public static func findings(_ field: ProseField, in d: Delegation) -> [Diagnostic] {
        [field == .summary ? summaryLength(d) : nil, placeholder(field, in: d), empty(field, in: d)].compactMap { $0 }
    }

    /// A written summary outside its length.
    static func summaryLength(_ d: Delegation) -> Diagnostic? {
        guard let text = d.summary, !TextScan.isBlank(text) else { return nil }
        let count = count(text)
        let (low, high) = summaryLimits(d)
        guard count < low || count > high else { return nil }
        return Diagnostic(
            code: .summaryLength,
            severity: .warning,
            message: LocalizedText(
                zh: "摘要有 \(count) 個中文字，應為 \(low)–\(high) 字。",
                en: "The summary has \(count) CJK characters; it should have \(low)–\(high)."
            ),
            fix: LocalizedText(
                zh: (count > high ? "刪減摘要約 \(count - high) 字" : "補充摘要約 \(low - count) 字") + "：" + writtenAt(.summary).zh,
                en: (count > high ? "Cut about \(count - high) characters from the summary" : "Add about \(low - count) characters to the summary")
                    + ": " + writtenAt(.summary).en
            )
        )
    }

    /// Placeholder marks (○○, TODO, 待填…) left in the field.
    static func placeholder(_ field: ProseField, in d: Delegation) -> Diagnostic? {
        let zh: String
        let en: String
        let mask: UInt8
        func scan(_ text: String?) -> UInt8 { text.map(TextScan.placeholderMask) ?? 0 }
        switch field {
        case .purpose: (zh, en, mask) = ("目的", "purpose", scan(d.purpose))
        case .summary: (zh, en, mask) = ("摘要", "summary", scan(d.summary))
        case .suggestions: (zh, en, mask) = ("建議", "suggestions", scan(d.suggestions))
        case let .reflection(i):
            guard d.reflections.indices.contains(i) else { return nil }
            let r = d.reflections[i]
            let theme = r.theme ?? ""
            (zh, en, mask) = ("心得「\(theme)」", "reflection \"\(theme)\"", scan(theme) | scan(r.text))
        }
        guard mask != 0 else { return nil }
        let found = TextScan.placeholders.indices.filter { mask & (1 << $0) != 0 }.map { TextScan.placeholders[$0] }
        let list = found.joined(separator: "、")
        return Diagnostic(
            code: .placeholder,
            severity: .warning,
            message: LocalizedText(
                zh: "\(zh)仍有待填文字：\(list)。",
                en: "The \(en) still has placeholders: \(found.joined(separator: ", "))."
            ),
            fix: LocalizedText(zh: "以實際內容取代 \(list)。", en: "Replace them with the real text.")
        )
    }

    /// The report's section for the field is empty (心得: every part blank).
    static func empty(_ field: ProseField, in d: Delegation) -> Diagnostic? {
        let zh: String
        let en: String
        let blank: Bool
        switch field {
        case .summary: return nil
        case .purpose: (zh, en, blank) = ("目的", "purpose", TextScan.isBlank(d.purpose))
        case .suggestions: (zh, en, blank) = ("建議", "suggestions", TextScan.isBlank(d.suggestions))
        case .reflection: (zh, en, blank) = ("心得", "reflections", d.reflections.allSatisfy { TextScan.isBlank($0.text) })
        }
        guard blank else { return nil }
        let place = writtenAt(field)
        return Diagnostic(
            code: .sectionEmpty,
            severity: .warning,
            message: LocalizedText(zh: "報告的「\(zh)」一節是空的。", en: "The report's \(en) section is empty."),
            fix: LocalizedText(zh: "寫入「\(zh)」：\(place.zh)", en: "Write the \(en): \(place.en)")
        )
    }

    /// Where a field is written: the web's report text page, the command line, or the plan file.
    static func writtenAt(_ field: ProseField) -> LocalizedText {
        let key = field.planKey
        let flag = field.key
        return LocalizedText(
            zh: "在網頁報告頁的「報告文字」填寫，或用 tripwright report-text 出國案 --field \(flag)，"
                + "或在計畫檔的 \(key) 寫入後以 tripwright import 或網頁總覽的「上傳計畫檔」匯入。",
            en: "on the report page's Report text in the web app, with tripwright report-text TRIP --field \(flag), "
                + "or under `\(key)` in the plan file, brought in with tripwright import or the overview's Upload a plan file."
        )
    }
}
