import TripModel

/// Rule 9 (report readiness), items on the wrong event: a photo taken on another day than its
/// event's (`photo-other-day`), a note by a member not among its event's participants
/// (`note-by-non-participant`). One diagnostic per item, naming the event, the item and the
/// event it more likely belongs to, judged by `Delegation.misfiling`, the rule the warning on
/// logging uses. Runs on the road too: the warning shown at the upload stays beside the event
/// until the item is moved or the finding acknowledged.
enum MisfiledRule {
    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let d = ctx.delegation
        for (k, e) in d.events.enumerated() {
            // The event's name with its day and time, made only for an event with a finding:
            // formatting it for every event was most of this rule's time on a year of trips.
            func label() -> LocalizedText {
                let item: Item? = k < ctx.items.count ? ctx.items[k] : nil
                return LocalizedText(zh: item.map(ctx.zh) ?? "「\(e.title)」", en: item.map(ctx.en) ?? "\"\(e.title)\"")
            }
            for p in e.photos {
                if let found = d.misfiling(photo: p, on: e), case let .photoOtherDay(day) = found.reason {
                    out.append(photo(p, taken: day, found, label(), ctx))
                }
            }
            for n in e.notes {
                if let found = d.misfiling(note: n, on: e), case let .noteByNonParticipant(author) = found.reason {
                    out.append(note(n, by: author, found, label(), ctx))
                }
            }
        }
    }

    private static func photo(_ p: Photo, taken day: LocalDate, _ found: Misfiling, _ label: LocalizedText, _ ctx: CheckContext) -> Diagnostic {
        let e = found.event
        let number = p.id.map { "#\($0)" }
        var zhName = [number, p.caption.map { "「\($0)」" }, p.file.map { "（\(fileName($0))）" }].compactMap { $0 }.joined()
        var enName = [number, p.caption.map { "\"\($0)\"" }, p.file.map { "(\(fileName($0)))" }].compactMap { $0 }.joined(separator: " ")
        if zhName.isEmpty { zhName = "（無說明）" }
        if enName.isEmpty { enName = "(no caption)" }
        let offer =
            found.better.map { b in
                LocalizedText(
                    zh: "那天的行程是「\(b.title)」（\(ctx.text(b.start).zh)），照片可能屬於那裡。",
                    en: "That day's event is \"\(b.title)\" (\(ctx.text(b.start).en)); it probably belongs there."
                )
            } ?? LocalizedText(zh: "那天沒有行程，相機的日期可能有誤。", en: "No event is on that day; the camera's date may be wrong.")
        return Diagnostic(
            code: .photoOtherDay,
            severity: .warning,
            items: [e.id],
            day: e.date,
            message: LocalizedText(
                zh: "\(label.zh)的照片 \(zhName) 拍攝於 \(ROCDate.long(day))，不是此行程的日期。\(offer.zh)",
                en: "The photo \(enName) on \(label.en) was taken on \(day.iso), not on the event's date. \(offer.en)"
            ),
            fix: fix(.photoOtherDay, kind: "photo", zhKind: "照片", id: p.id, found: found, ctx)
        )
    }

    private static func note(_ n: Note, by author: String, _ found: Misfiling, _ label: LocalizedText, _ ctx: CheckContext) -> Diagnostic {
        let e = found.event
        let writer = ctx.delegation.member(author)?.name ?? author
        let when = n.createdAt.map { ctx.text(Moment(instant: $0, zone: e.start.zone)) }
        let number = n.id.map { " #\($0)" } ?? ""
        let offer =
            found.better.map { b in
                LocalizedText(
                    zh: "\(writer)參加的是「\(b.title)」（\(ctx.text(b.start).zh)），筆記可能屬於那裡。",
                    en: "\(writer) takes part in \"\(b.title)\" (\(ctx.text(b.start).en)); it probably belongs there."
                )
            } ?? LocalizedText(zh: "請確認筆記記在正確的行程。", en: "Check that the note is on the right event.")
        return Diagnostic(
            code: .noteByNonParticipant,
            severity: .warning,
            items: [e.id],
            day: e.date,
            members: [author],
            message: LocalizedText(
                zh: "\(label.zh)的筆記\(number)（\(writer)\(when.map { "，\($0.zh)" } ?? "")）的作者不在此行程的參與人員中。\(offer.zh)",
                en:
                    "The note\(number) on \(label.en) (by \(writer)\(when.map { ", \($0.en)" } ?? "")) is by someone not among the event's participants. \(offer.en)"
            ),
            fix: fix(.noteByNonParticipant, kind: "note", zhKind: "筆記", id: n.id, found: found, ctx)
        )
    }

    /// Where to move it: the web's 更正 under the item and `tripwright log move` for a stored
    /// item, the plan file for one not stored; or acknowledging the finding when it is right.
    private static func fix(_ code: DiagnosticCode, kind: String, zhKind: String, id: Int64?, found: Misfiling, _ ctx: CheckContext) -> LocalizedText
    {
        let trip = ctx.delegation.id
        let e = found.event
        let to = found.better?.id ?? "行程id"
        let toEn = found.better?.id ?? "EVENT"
        let keep = LocalizedText(
            zh: "若放在這裡是對的，在計畫檔的 checks.acknowledge 加上 code: \(code.rawValue)、item: \(e.id) 與 reason。",
            en:
                "If it is right where it is, add `code: \(code.rawValue)`, `item: \(e.id)` and a `reason` under `checks.acknowledge` in the plan file."
        )
        let move: LocalizedText
        if let id {
            move = LocalizedText(
                zh: "在網頁「\(e.title)」的行程頁，於該\(zhKind)下方的「更正」選「移到行程」再按「移動」；或用 tripwright log move \(trip) \(kind) \(id) \(to)。",
                en:
                    "On the web, open \"\(e.title)\", use Correct under the \(kind), choose the event under Move to event and press Move; or run `tripwright log move \(trip) \(kind) \(id) \(toEn)`."
            )
        } else {
            move = LocalizedText(
                zh: "在計畫檔把這則\(zhKind)移到行程 \(to) 的 \(kind)s 之下。",
                en: "In the plan file, move it under the `\(kind)s` of event \(toEn)."
            )
        }
        return LocalizedText(zh: move.zh + keep.zh, en: move.en + " " + keep.en)
    }

    /// The file's name without its folder (stored photos are named by their content hash).
    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
