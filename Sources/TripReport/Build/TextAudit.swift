import TripModel

/// Text a delegation holds that a report cannot show as it is. Input is validated
/// (`FieldText`), but a database written by an older version may still hold a line break in a
/// title or a control character in a note. The writers keep such a report whole (a line break
/// in a one-line field becomes a space, a control character U+FFFD); this says so, naming the
/// field, so nothing is changed silently.
struct TextAudit {
    let delegation: Delegation
    private(set) var warnings: [LocalizedText] = []

    init(_ delegation: Delegation) {
        self.delegation = delegation
        run()
    }

    private mutating func run() {
        let d = delegation
        line(d.title, "計畫名稱", "title")
        line(d.agency, "服務機關", "agency")
        paragraphs(d.purpose, "目的", "purpose")
        paragraphs(d.summary, "摘要", "summary")
        paragraphs(d.suggestions, "建議", "suggestions")
        for r in d.reflections {
            line(r.theme, "心得主題", "reflection theme")
            paragraphs(r.text, "心得", "reflection")
        }
        for m in d.members {
            let who = LocalizedText(zh: "人員「\(ReportText.oneLine(m.name))」的", en: "member \(ReportText.oneLine(m.name)): ")
            line(m.name, "姓名", "name", of: who)
            line(m.unit, "單位", "unit", of: who)
            line(m.title, "職稱", "title", of: who)
            line(m.rank, "官職等", "rank", of: who)
        }
        for p in d.places {
            let at = LocalizedText(zh: "地點「\(p.id)」的", en: "place \(p.id): ")
            line(p.name, "名稱", "name", of: at)
            line(p.organisation, "機關", "organisation", of: at)
            line(p.city, "城市", "city", of: at)
            line(p.address, "地址", "address", of: at)
        }
        for e in d.events {
            let at = LocalizedText(zh: "行程「\(e.id)」的", en: "event \(e.id): ")
            line(e.title, "標題", "title", of: at)
            line(e.host, "接待單位", "host", of: at)
            for t in e.themes { line(t, "主題", "theme", of: at) }
            for n in e.notes { paragraphs(n.text, "筆記", "note", of: at) }
            for p in e.photos { line(p.caption, "照片說明", "photo caption", of: at) }
            for c in e.counterparts {
                line(c.name, "會晤人員姓名", "person met", of: at)
                line(c.title, "會晤人員職稱", "person's title", of: at)
                line(c.organisation, "會晤人員機關", "person's organisation", of: at)
            }
            for o in e.outcomes { paragraphs(o.text, "成果", "outcome", of: at) }
            for f in e.followUps { line(f.task, "後續事項", "follow-up", of: at) }
        }
        for l in d.legs {
            let at = LocalizedText(zh: "交通「\(l.id)」的", en: "leg \(l.id): ")
            line(l.carrier, "航空／客運公司", "carrier", of: at)
            line(l.number, "班次", "number", of: at)
            line(l.remark, "備註", "remark", of: at)
        }
        for p in d.press {
            let at = LocalizedText(zh: "新聞「\(p.id)」的", en: "press item \(p.id): ")
            line(p.outlet, "媒體", "outlet", of: at)
            line(p.headline, "標題", "headline", of: at)
            line(p.remark, "備註", "remark", of: at)
        }
        if let c = d.council {
            line(c.council, "議會", "council")
            line(c.title, "專案報告標題", "council report title")
            for r in c.reporters {
                line(r.name, "報告人", "reporter")
                line(r.unit, "報告人單位", "reporter's unit")
                line(r.title, "報告人職稱", "reporter's title")
            }
        }
    }

    private mutating func line(_ text: String?, _ zh: String, _ en: String, of owner: LocalizedText? = nil) {
        check(text, .line, zh, en, owner)
    }

    private mutating func paragraphs(_ text: String?, _ zh: String, _ en: String, of owner: LocalizedText? = nil) {
        check(text, .paragraphs, zh, en, owner)
    }

    private mutating func check(_ text: String?, _ shape: FieldText.Shape, _ zh: String, _ en: String, _ owner: LocalizedText?) {
        guard let text, let problem = FieldText.problem(in: text, shape: shape) else { return }
        let field = LocalizedText(zh: (owner?.zh ?? "") + "「\(zh)」", en: (owner?.en ?? "") + en)
        let shown = ReportText.oneLine(text)
        let excerpt = shown.count > 20 ? String(shown.prefix(20)) + "…" : shown
        switch problem {
        case .lineBreak:
            warnings.append(
                LocalizedText(
                    zh: "\(field.zh)（\(excerpt)）含有換行，但只能有一行：報告中已以空格代替。請在計畫中改成一行。",
                    en:
                        "the \(field.en) (\(excerpt)) holds a line break but must be one line: the report shows a space instead. Write it on one line in the plan."
                )
            )
        case .controlCharacter, .bidiControl:
            warnings.append(
                LocalizedText(
                    zh: "\(field.zh)（\(excerpt)）含有無法列印的控制字元：報告中以 � 顯示。請在計畫中刪除該字元。",
                    en:
                        "the \(field.en) (\(excerpt)) holds a control character that cannot be printed: the report shows � instead. Delete it in the plan."
                )
            )
        default:
            break
        }
    }
}
