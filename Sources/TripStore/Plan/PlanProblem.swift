import TripMedia
import TripModel

/// What is wrong at one place in a plan file.
public enum PlanProblem: Hashable, Sendable {
    /// The YAML itself does not parse.
    case syntax(String)
    /// A value has the wrong shape (e.g. a list where text was expected).
    case wrongType(key: String, expected: String)
    /// A key that the format does not have.
    case unknownKey(String, suggestion: String?)
    /// A required key is missing.
    case missingKey(String)
    /// A key appears twice in one mapping.
    case duplicateKey(String)
    /// Not a `YYYY-MM-DD` date.
    case badDate(String)
    /// Not an `HH:MM` time, nor `YYYY-MM-DD HH:MM`.
    case badTime(String)
    /// Not a number.
    case badNumber(String)
    /// A coded value outside its set (category, kind, mode…).
    case badValue(key: String, value: String, allowed: [String])
    /// A place name or code nobody knows.
    case unknownPlace(String, suggestions: [String])
    /// Not an IANA zone.
    case unknownZone(String)
    /// A place with no way to know its zone.
    case placeWithoutZone(String)
    /// An end earlier than the start.
    case endBeforeStart(item: String)
    /// A participant id that is not a member.
    case notAMember(String, suggestions: [String])
    /// An id used twice.
    case duplicateID(kind: String, id: String, firstLine: Int)
    /// A local time skipped by a daylight-saving change.
    case nonexistentTime(String)
    /// An id with characters outside `a-z 0-9 - _`.
    case badID(String)
    /// A format version this program does not read.
    case unsupportedVersion(String)
    /// A check setting nobody knows.
    case unknownSetting(String, suggestion: String?)
    /// A referenced file that does not exist.
    case missingFile(String)
    /// A photo or clipping image that exists but does not decode completely (or is not an image).
    case badImage(String, MediaProblem.Reason)
    /// A clock time on an item whose zone cannot be known.
    case timeWithoutPlace(item: String)
    /// Latitude or longitude out of range, or only one of them.
    case badCoordinates(String)
    /// A reference to an item id that no event, leg or stay has.
    case unknownItem(String, suggestion: String?)
    /// A value of the keys real plans need (phone, headcount, region, day part…).
    case value(PlanValueProblem)

    /// The message in a language, with how to fix it.
    public func text(_ lang: Lang) -> String {
        let zh = lang == .zh
        switch self {
        case let .syntax(detail):
            return zh ? "YAML 語法錯誤：\(detail)。請檢查縮排與冒號。" : "YAML syntax error: \(detail). Check indentation and colons."
        case let .wrongType(key, expected):
            let what = PlanProblem.shapeName(expected, lang)
            return zh ? "「\(key)」應為\(what)。" : "'\(key)' must be \(what)."
        case let .unknownKey(key, suggestion):
            let hint = suggestion.map { zh ? "是否應為「\($0)」？" : " Did you mean '\($0)'?" } ?? (zh ? "請對照 docs/plan-format.md。" : " See docs/plan-format.md.")
            return zh ? "不認得的欄位「\(key)」。\(hint)" : "unknown key '\(key)'.\(hint)"
        case let .missingKey(key):
            return zh ? "缺少必填欄位「\(key)」，請補上。" : "missing required key '\(key)'; add it."
        case let .duplicateKey(key):
            return zh ? "欄位「\(key)」重複出現，請只保留一個。" : "key '\(key)' appears twice; keep one."
        case let .badDate(text):
            return zh ? "「\(text)」不是有效日期，請寫成 YYYY-MM-DD（例如 2025-08-31）。" : "'\(text)' is not a valid date; write YYYY-MM-DD (e.g. 2025-08-31)."
        case let .badTime(text):
            return zh ? "「\(text)」不是有效時間，請寫成 HH:MM（例如 09:30）或 YYYY-MM-DD HH:MM。" : "'\(text)' is not a valid time; write HH:MM (e.g. 09:30) or YYYY-MM-DD HH:MM."
        case let .badNumber(text):
            return zh ? "「\(text)」不是數字。" : "'\(text)' is not a number."
        case let .badValue(key, value, allowed):
            let list = allowed.joined(separator: "、")
            return zh ? "「\(key)」的值「\(value)」無效，可用：\(list)。" : "'\(value)' is not a valid \(key); use one of: \(allowed.joined(separator: ", "))."
        case let .unknownPlace(name, suggestions):
            let near = suggestions.isEmpty ? "" : (zh ? "最接近的有：\(suggestions.joined(separator: "、"))。" : " Nearest known: \(suggestions.joined(separator: ", ")).")
            return zh ? "找不到地點「\(name)」：不是已宣告的地點 id、機場代碼或城市名稱。\(near)" : "unknown place '\(name)': not a declared place id, an airport code or a city name.\(near)"
        case let .unknownZone(text):
            return zh ? "「\(text)」不是 IANA 時區名稱，請寫成如 Asia/Tokyo。" : "'\(text)' is not an IANA time zone; write e.g. Asia/Tokyo."
        case let .placeWithoutZone(id):
            return zh ? "地點「\(id)」無法判定時區：請加上 city、airport 或 tz。" : "place '\(id)' has no time zone: add city, airport or tz."
        case let .endBeforeStart(item):
            return zh ? "「\(item)」的結束早於開始，請檢查日期與時間。" : "'\(item)' ends before it starts; check the dates and times."
        case let .notAMember(id, suggestions):
            let near = suggestions.first.map { zh ? "是否應為「\($0)」？" : " Did you mean '\($0)'?" } ?? ""
            return zh ? "參與者「\(id)」不在出國人員名單（members）中。\(near)" : "participant '\(id)' is not in members.\(near)"
        case let .duplicateID(kind, id, firstLine):
            return zh ? "\(kind) id「\(id)」重複（第 \(firstLine) 行已使用），請改用不同的 id。" : "\(kind) id '\(id)' is used twice (first on line \(firstLine)); give each a different id."
        case let .nonexistentTime(text):
            return zh ? "「\(text)」因日光節約時間調整而不存在，請改為晚一小時。" : "'\(text)' does not exist there (clocks skip it for daylight saving); use a time an hour later."
        case let .badID(text):
            return zh ? "id「\(text)」只能使用小寫英文字母、數字、- 與 _。" : "id '\(text)' may contain only lower-case letters, digits, - and _."
        case let .unsupportedVersion(text):
            return zh ? "不支援的格式版本「\(text)」，請寫 tripwright: 1。" : "unsupported format version '\(text)'; write tripwright: 1."
        case let .unknownSetting(name, suggestion):
            let hint = suggestion.map { zh ? "是否應為「\($0)」？" : " Did you mean '\($0)'?" } ?? ""
            return zh ? "不認得的檢查設定「\(name)」。\(hint)" : "unknown check setting '\(name)'.\(hint)"
        case let .missingFile(path):
            return zh ? "找不到檔案「\(path)」（相對於計畫檔所在資料夾）。" : "file '\(path)' not found (paths are relative to the plan file's folder)."
        case let .badImage(path, reason):
            return MediaProblem(name: path, reason: reason).text(lang)
        case let .timeWithoutPlace(item):
            return zh ? "「\(item)」有時間但沒有地點，無法判定時區：請加上 place 或 tz。" : "'\(item)' has a time but no place, so its zone is unknown: add place or tz."
        case let .unknownItem(id, suggestion):
            let hint = suggestion.map { zh ? "是否應為「\($0)」？" : " Did you mean '\($0)'?" } ?? ""
            return zh ? "沒有 id 為「\(id)」的行程項目（events、legs、stays）。\(hint)" : "no event, leg or stay has id '\(id)'.\(hint)"
        case let .value(problem):
            return problem.message.text(lang)
        case let .badCoordinates(text):
            return zh ? "座標「\(text)」無效：lat 與 lon 須同時提供，且在 ±90 / ±180 之內。" : "bad coordinates '\(text)': give both lat and lon, within ±90 / ±180."
        }
    }

    static func shapeName(_ shape: String, _ lang: Lang) -> String {
        switch (shape, lang) {
        case ("mapping", .zh): return "對應表（key: value）"
        case ("list", .zh): return "清單（- 項目）"
        case ("text", .zh): return "文字"
        case ("mapping", .en): return "a mapping (key: value)"
        case ("list", .en): return "a list (- item)"
        case ("text", .en): return "text"
        default: return shape
        }
    }
}
