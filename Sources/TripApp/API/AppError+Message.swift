import TripModel

extension AppError: CustomStringConvertible {
    /// The English message with paths (logs, tests).
    public var description: String { message.en }

    /// What went wrong and what to do, with file paths (the person at this machine).
    public var message: LocalizedText {
        switch self {
        case let .store(e): e.message
        case let .plan(e): LocalizedText(zh: e.text(.zh), en: e.text(.en))
        case let .refused(e): e.message
        case let .refusedFile(_, e): e.message
        case let .media(e): e.message
        case let .templates(e): e.message
        case let .unknownReportKind(id, near, known):
            LocalizedText(
                zh: "沒有報告種類「\(id)」。" + (near.isEmpty ? "" : "是否為：\(near.joined(separator: "、"))？") + "可用：\(known.joined(separator: "、"))。",
                en: "no report kind '\(id)'." + (near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?")
                    + " Known kinds: \(known.joined(separator: ", "))."
            )
        case let .report(e): e.message
        case .noteConflict, .captionConflict, .proseConflict:
            LocalizedText(
                zh: "這段文字已被他人修改，您的版本沒有儲存；請比對後再送出。",
                en: "Someone else changed this text first; your version was not saved. Compare and send again."
            )
        case .eventConflict, .memberConflicts, .memberChanged, .itemConflict, .orderConflict, .headerConflict:
            LocalizedText(
                zh: "您開啟表單後，已有他人修改了這些資料；您的版本沒有儲存，請比對後再決定。",
                en: "Someone else changed this after you opened the form; your version was not saved. Compare and decide again."
            )
        case let .refusedRows(rows):
            rows.keys.sorted().compactMap { i -> LocalizedText? in
                switch rows[i] {
                case let .values(problems)?: problems.message
                case let .removed(error)?: error.message
                case nil: nil
                }
            }.reduce(LocalizedText(zh: "", en: "")) { $0.zh.isEmpty ? $1 : LocalizedText(zh: $0.zh + "\n" + $1.zh, en: $0.en + "\n" + $1.en) }
        case let .loggedConflict(e): e.message
        case let .correction(e): e.message
        case .forbidden:
            LocalizedText(zh: "您的帳號沒有這項權限。", en: "Your account may not do this.")
        case let .notAMember(text, near):
            LocalizedText(
                zh: "「\(text)」不是此出國案的人員。" + (near.isEmpty ? "" : "是否為：\(near.joined(separator: ", "))？"),
                en: "'\(text)' is not a member of this delegation." + (near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?")
            )
        case let .pressIncomplete(delegation):
            LocalizedText(
                zh: "新增剪報需要刊登日期與媒體名稱（要修改出國案 \(delegation) 已有的剪報，請指定其 id）。",
                en: "A new clipping needs its date and outlet (to change one of \(delegation)'s stored clippings, name its id)."
            )
        case .nothingToChange:
            LocalizedText(zh: "沒有要修改的欄位。", en: "Nothing to change.")
        case let .outline(problem):
            problem.message
        case let .notFound(what):
            LocalizedText(zh: "找不到「\(what)」。", en: "'\(what)' was not found.")
        case let .unexpected(detail):
            LocalizedText(zh: detail, en: detail)
        }
    }

    /// The message as a web page shows it: no server path, no program output (the server's log
    /// keeps `message`).
    public var publicMessage: LocalizedText {
        switch self {
        case let .store(e): e.message(showingPaths: false)
        case let .templates(e): e.publicMessage
        case let .report(e): e.publicMessage
        case .unexpected:
            LocalizedText(
                zh: "伺服器發生錯誤，這次的操作沒有完成。請稍後再試；若持續發生，請通知系統管理者（詳情已記錄於伺服器日誌）。",
                en:
                    "Something went wrong on the server and this was not done. Try again later; if it keeps happening, tell the administrator (the details are in the server's log)."
            )
        default: message
        }
    }
}
