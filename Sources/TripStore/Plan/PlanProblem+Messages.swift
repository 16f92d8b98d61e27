import TripMedia
import TripModel

extension PlanProblem {
    /// What is wrong and how to fix it, in both languages.
    public var message: LocalizedText {
        switch self {
        case let .syntax(kind): return kind.message
        case let .file(problem): return problem.message
        case let .time(problem): return problem.message
        case let .text(key, problem): return problem.message(field: key)
        case let .setting(threshold, written, problem): return problem.message(threshold, written: written)
        case let .pathOutside(path, leak): return PlanProblem.pathMessage(path, leak)
        case let .badImage(path, reason): return MediaProblem(name: path, reason: reason).message
        case let .value(problem): return problem.message
        default: return PlanProblem.structureMessage(self) ?? PlanProblem.valueMessage(self)
        }
    }

    /// Keys, ids, members and references.
    private static func structureMessage(_ problem: PlanProblem) -> LocalizedText? {
        switch problem {
        case let .wrongType(key, expected):
            let what = shapeName(expected)
            return LocalizedText(zh: "「\(key)」應為\(what.zh)，請改寫成這個形式。", en: "'\(key)' must be \(what.en); write it in that form.")
        case let .unknownKey(key, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請對照 docs/plan-format.md 的欄位。", en: "See docs/plan-format.md for the keys.")
            return LocalizedText(zh: "不認得的欄位「\(key)」。", en: "unknown key '\(key)'.").appending(hint)
        case let .missingKey(key):
            return LocalizedText(zh: "缺少必填欄位「\(key)」，請補上。", en: "missing required key '\(key)'; add it.")
        case let .duplicateKey(key, firstLine):
            return LocalizedText(
                zh: "欄位「\(key)」在同一層出現第二次（第一次在第 \(firstLine) 行）。計畫檔不會擇一採用：請刪除其中一個，或合併成一個。",
                en:
                    "key '\(key)' appears a second time in this mapping (first on line \(firstLine)). Neither is taken: delete one, or merge them into one."
            )
        case let .notAMember(id, suggestions):
            let near =
                suggestions.first.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請使用 members 中的 id。", en: "Use an id from members.")
            return LocalizedText(zh: "參與者「\(id)」不在出國人員名單（members）中。", en: "participant '\(id)' is not in members.").appending(near)
        case let .unknownMember(key, id, suggestion):
            let near =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請寫 members 中某位人員的 id。", en: "Write the id of someone in members.")
            return LocalizedText(zh: "「\(key)」的「\(id)」不是出國人員（members）的 id。", en: "'\(key)' is '\(id)', which is not the id of a member.").appending(
                near
            )
        case let .unknownOwner(text, ids, names):
            let zh = zip(ids, names).map { "\($0)（\($1)）" }.joined(separator: "、")
            let en = zip(ids, names).map { "\($0) (\($1))" }.joined(separator: ", ")
            return LocalizedText(
                zh: "負責人「\(text)」不是出國人員。請寫其中一位的 id 或完整姓名：\(zh.isEmpty ? "—" : zh)。",
                en: "owner '\(text)' is not a member. Write the id or the full name of one of: \(en.isEmpty ? "—" : en)."
            )
        case let .duplicateParticipant(id):
            return LocalizedText(zh: "參與者「\(id)」在同一份名單中列了兩次，請刪除重複的一個。", en: "participant '\(id)' is listed twice in one list; delete the repeat.")
        case let .emptyList(key):
            return LocalizedText(zh: "「\(key)」至少要有一項，請補上。", en: "'\(key)' needs at least one item; add one.")
        case let .duplicateID(kind, id, firstLine):
            let noun = ItemNoun.of(kind)
            return LocalizedText(
                zh: "\(noun.zh) id「\(id)」重複（第 \(firstLine) 行已使用），請改用不同的 id。",
                en: "\(noun.en) id '\(id)' is used twice (first on line \(firstLine)); give each a different id."
            )
        case let .inlinePlaceTaken(id, firstLine):
            return LocalizedText(
                zh: "這個直接寫在項目中的地點沿用項目的 id「\(id)」，但第 \(firstLine) 行已有 id 為「\(id)」的地點。若是同一地點，請改寫為「place: \(id)」；否則請把項目改用其他 id。",
                en:
                    "this place written inside its item takes the item's id '\(id)', which the place on line \(firstLine) already has. If it is that place, write 'place: \(id)'; otherwise give the item another id."
            )
        case let .badID(text):
            return LocalizedText(
                zh: "id「\(text)」只能使用小寫英文字母、數字、- 與 _，請改寫（例如 kyushu-2025）。",
                en: "id '\(text)' may contain only lower-case letters, digits, - and _; rewrite it (e.g. kyushu-2025)."
            )
        case let .unsupportedVersion(text):
            return LocalizedText(zh: "不支援的格式版本「\(text)」，請寫 tripwright: 1。", en: "unsupported format version '\(text)'; write tripwright: 1.")
        case let .unknownItem(id, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請寫 events、legs 或 stays 中某一項的 id。", en: "Write the id of an event, leg or stay.")
            return LocalizedText(zh: "沒有 id 為「\(id)」的行程項目（events、legs、stays）。", en: "no event, leg or stay has id '\(id)'.").appending(hint)
        case let .missingFile(path):
            return LocalizedText(
                zh: "找不到檔案「\(path)」（相對於計畫檔所在資料夾，或資料資料夾）。請確認路徑與檔名；尚未有照片時可只寫 caption。",
                en:
                    "file '\(path)' not found (paths are relative to the plan file's folder, or the data folder). Check the path and name; leave the file out while only the caption is known."
            )
        case let .notAFile(path):
            return LocalizedText(
                zh: "「\(path)」不是檔案（是資料夾或裝置），請寫照片或剪報圖檔的路徑。",
                en: "'\(path)' is not a file (a folder or a device); write the path of the photo or clipping image."
            )
        default:
            return nil
        }
    }

    /// Values: dates, times, numbers, codes, places.
    private static func valueMessage(_ problem: PlanProblem) -> LocalizedText {
        switch problem {
        case let .badDate(text):
            return LocalizedText(
                zh: "「\(text)」不是有效日期，請寫成 YYYY-MM-DD（例如 2025-08-31），並確認該月有這一天。",
                en: "'\(text)' is not a valid date; write YYYY-MM-DD (e.g. 2025-08-31), a day the month has."
            )
        case let .dateOutOfRange(text):
            let (low, high) = (PlanLimits.years.lowerBound, PlanLimits.years.upperBound)
            return LocalizedText(
                zh: "日期「\(text)」的年份不合理（須在 \(low) 至 \(high) 年之間，民國元年以後），請檢查年份。",
                en: "'\(text)' has a year no delegation has (it must be from \(low) to \(high)); check the year."
            )
        case let .badTime(text):
            return LocalizedText(
                zh: "「\(text)」不是有效時間，請寫成 HH:MM（00:00 至 23:59，例如 09:30）或 YYYY-MM-DD HH:MM。",
                en: "'\(text)' is not a valid time; write HH:MM (00:00 to 23:59, e.g. 09:30) or YYYY-MM-DD HH:MM."
            )
        case let .badNumber(text):
            return LocalizedText(zh: "「\(text)」不是數字，請寫阿拉伯數字（例如 120 或 1.5）。", en: "'\(text)' is not a number; write digits (e.g. 120 or 1.5).")
        case let .numberOutOfRange(key, value, range):
            return LocalizedText(
                zh: "「\(key)」的值 \(value) 不在 \(range.lowerBound) 到 \(range.upperBound) 之間，請改正。",
                en: "'\(key)' is \(value), outside \(range.lowerBound) to \(range.upperBound); correct it."
            )
        case let .badValue(key, value, allowed):
            let near = NearestNames.nearest(to: value, among: allowed, limit: 1).first
            let hint = near.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") } ?? LocalizedText(zh: "", en: "")
            return LocalizedText(
                zh: "「\(key)」的值「\(value)」無效，請改用：\(allowed.joined(separator: "、"))。",
                en: "'\(value)' is not a valid \(key); use one of: \(allowed.joined(separator: ", "))."
            ).appending(hint)
        case let .unknownPlace(name, suggestions):
            let near =
                suggestions.isEmpty
                ? LocalizedText(zh: "請在 places 宣告它，或改寫城市名稱、機場代碼。", en: "Declare it under places, or write a city name or airport code.")
                : LocalizedText(
                    zh: "最接近的有：\(suggestions.joined(separator: "、"))，請改用其一，或在 places 宣告此地點。",
                    en: "Nearest known: \(suggestions.joined(separator: ", ")); use one, or declare the place under places."
                )
            return LocalizedText(
                zh: "找不到地點「\(name)」：不是已宣告的地點 id、機場代碼或城市名稱。",
                en: "unknown place '\(name)': not a declared place id, an airport code or a city name."
            ).appending(near)
        case let .unknownZone(text):
            return LocalizedText(zh: "「\(text)」不是 IANA 時區名稱，請寫成如 Asia/Tokyo。", en: "'\(text)' is not an IANA time zone; write e.g. Asia/Tokyo.")
        case let .placeWithoutZone(id):
            return LocalizedText(zh: "地點「\(id)」無法判定時區：請加上 city、airport 或 tz。", en: "place '\(id)' has no time zone: add city, airport or tz.")
        case let .endBeforeStart(item):
            return LocalizedText(zh: "「\(item)」的結束早於開始，請檢查日期與時間。", en: "'\(item)' ends before it starts; check the dates and times.")
        case let .unknownSetting(name, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請對照 docs/checks.md 列出的設定名稱。", en: "docs/checks.md lists the settings.")
            return LocalizedText(zh: "不認得的檢查設定「\(name)」。", en: "unknown check setting '\(name)'.").appending(hint)
        case let .settingsOrder(lower, upper):
            return LocalizedText(
                zh: "檢查設定「\(lower.rawValue)」須小於「\(upper.rawValue)」（未寫者以預設值計）。請調整其中一個。",
                en:
                    "check setting '\(lower.rawValue)' must be below '\(upper.rawValue)' (a setting left out counts at its default). Change one of them."
            )
        case let .unknownSwitch(name, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請對照 docs/checks.md 列出的代碼與規則名稱。", en: "docs/checks.md lists the codes and rule names.")
            return LocalizedText(
                zh: "「\(name)」不是檢查規則的代碼或名稱，關不掉任何檢查。",
                en: "'\(name)' is neither a rule code nor a rule name, so it turns nothing off."
            ).appending(hint)
        case let .unknownCode(code, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請對照 docs/checks.md 列出的代碼。", en: "docs/checks.md lists the codes.")
            return LocalizedText(zh: "「\(code)」不是檢查結果的代碼，無法確認任何結果。", en: "'\(code)' is not a diagnostic code, so it acknowledges nothing.").appending(
                hint
            )
        case let .timeWithoutPlace(item):
            return LocalizedText(
                zh: "「\(item)」有時間但沒有地點，無法判定時區：請加上 place 或 tz。",
                en: "'\(item)' has a time but no place, so its zone is unknown: add place or tz."
            )
        case let .badCoordinates(text):
            return LocalizedText(
                zh: "座標「\(text)」無效：請同時寫 lat 與 lon，且分別在 ±90 與 ±180 之內。",
                en: "bad coordinates '\(text)': give both lat and lon, within ±90 / ±180."
            )
        case let .badURL(text):
            return LocalizedText(
                zh: "「\(text)」不是網址，請寫以 http:// 或 https:// 開頭的完整網址。",
                en: "'\(text)' is not a web address; write a full address starting with http:// or https://."
            )
        case let .badLanguage(text):
            return LocalizedText(zh: "「\(text)」不是語言代碼，請寫如 zh-Hant、ja、en。", en: "'\(text)' is not a language tag; write e.g. zh-Hant, ja, en.")
        case let .badEmail(text):
            return LocalizedText(
                zh: "「\(text)」不是電子郵件地址，請寫成 name@example.gov.tw 的形式。",
                en: "'\(text)' is not an e-mail address; write it as name@example.gov.tw."
            )
        case let .unknownCountry(code, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "請寫代碼「\($0)」。", en: "Write its code '\($0)'.") }
                ?? LocalizedText(zh: "請寫兩個字母的 ISO 國家代碼（例如 JP、US）。", en: "Write a two-letter ISO country code (e.g. JP, US).")
            return LocalizedText(zh: "「\(code)」不是國家代碼。", en: "'\(code)' is not a country code.").appending(hint)
        case let .tripTooLong(days):
            return LocalizedText(
                zh: "出國期間長達 \(days) 天，超過上限 \(PlanLimits.maximumTripDays) 天（三年）。請檢查 start 與 end 的年份。",
                en: "the trip lasts \(days) days, over the limit of \(PlanLimits.maximumTripDays) (three years). Check the years of start and end."
            )
        case let .farFromTrip(item, date):
            return LocalizedText(
                zh: "「\(item)」的日期 \(date) 與出國期間相距超過一年，多半是年份寫錯。請檢查年份。",
                en: "'\(item)' is dated \(date), more than a year from the trip's dates: probably a typo of the year. Check the year."
            )
        default:
            return LocalizedText(zh: "計畫檔此處有誤。", en: "there is a problem here.")
        }
    }

    private static func pathMessage(_ path: String, _ leak: PathLeak) -> LocalizedText {
        let fix = LocalizedText(
            zh: "請把檔案複製到計畫檔所在的資料夾（或其子資料夾）並寫相對路徑；確定要讀取其他位置的檔案時，執行時加上 --allow-outside。",
            en:
                "Copy the file into the plan's folder (or a folder inside it) and write a relative path; to read files elsewhere on purpose, run with --allow-outside."
        )
        switch leak {
        case .absolute:
            return LocalizedText(zh: "「\(path)」是絕對路徑，指向計畫檔所在資料夾以外的檔案。", en: "'\(path)' is an absolute path to a file outside the plan's folder.")
                .appending(fix)
        case .parent:
            return LocalizedText(zh: "「\(path)」以 .. 離開了計畫檔所在的資料夾。", en: "'\(path)' leaves the plan's folder through '..'.").appending(fix)
        case let .symlink(target):
            return LocalizedText(
                zh: "「\(path)」是符號連結，指向計畫檔資料夾以外的「\(target)」。",
                en: "'\(path)' is a symbolic link to '\(target)', outside the plan's folder."
            ).appending(fix)
        case .notInDataFolder:
            return LocalizedText(
                zh: "網頁上傳的計畫檔只能引用已存在資料資料夾中的檔案（以相對路徑，如 photos/行程 id/檔名），「\(path)」不是。請在網頁上於該行程上傳照片，或改用命令列 tripwright import。",
                en:
                    "a plan uploaded on the web may name only files already in the data folder, by relative path (e.g. photos/TRIP/NAME), and '\(path)' is not one. Upload the photo on the event's page, or import with the command line."
            )
        }
    }

    static func shapeName(_ shape: String) -> LocalizedText {
        switch shape {
        case "mapping": LocalizedText(zh: "對應表（key: value）", en: "a mapping (key: value)")
        case "list": LocalizedText(zh: "清單（- 項目）", en: "a list (- item)")
        case "text": LocalizedText(zh: "文字", en: "text")
        default: LocalizedText(zh: shape, en: shape)
        }
    }
}
