import TripModel

/// A value a plan gives that the format cannot take, for the keys real plans need (issue 12):
/// phone numbers, headcounts, regions, zones and parts of the day. (Text a field cannot hold is
/// `PlanProblem.text`, for every field alike.)
public enum PlanValueProblem: Hashable, Sendable {
    /// Not a phone number: no digits, or characters a number does not have.
    case phone(key: String, value: String)
    /// An event's `tz` that differs from the zone of its place.
    case zoneDisagrees(tz: String, place: String, placeZone: String)
    /// A headcount smaller than the members named.
    case headcountBelowMembers(headcount: Int, members: Int)
    /// Not a whole number of at least 1.
    case badCount(String)
    /// A region that holds no city of that name.
    case unknownRegion(region: String, city: String, candidates: [String])
    /// Not a time, a date and time, nor a part of the day.
    case badTimeOrPart(String)
    /// `depart_by` before `depart`, or with a clock time on the departure.
    case badDepartBy(String)
    /// An outline's `events:` naming something that is not an event.
    case notAnEvent(String, suggestion: String?)
    /// An event placed in two sections of one report's outline.
    case outlineEventTwice(String, firstLine: Int)
    /// Two outlines for one report kind.
    case outlineKindTwice(kind: String, firstLine: Int)
    /// An outline section with neither events, text nor sections.
    case emptyOutlineSection
    /// An outline section with no events and no heading: nothing to title it with.
    case outlineNeedsHeading
    /// Sections nested deeper than the report's numbering goes.
    case outlineTooDeep(depth: Int)
    /// A device's time that is not ISO 8601 with its offset from UTC.
    case badDeviceTime(String)
    /// A device's time later than the server's clock allows (the device's clock is wrong).
    case deviceTimeInFuture(String)
    /// A device's time before the trip's first day (the device's clock is wrong).
    case deviceTimeBeforeTrip(String, start: LocalDate)

    /// What is wrong and how to fix it.
    public var message: LocalizedText {
        switch self {
        case let .phone(key, value):
            return LocalizedText(
                zh: "「\(key)」的「\(value)」不是電話號碼：請只用數字、空格、+、-、括號與 # 或「分機」（例如 +81-92-711-4111）。",
                en: "'\(value)' in '\(key)' is not a phone number: use digits, spaces, +, -, brackets and # or 'ext' (e.g. +81-92-711-4111)."
            )
        case let .zoneDisagrees(tz, place, placeZone):
            return LocalizedText(
                zh: "tz「\(tz)」與地點「\(place)」的時區 \(placeZone) 不同；有地點的行程時間以地點時區為準。請刪除 tz，或改正地點。",
                en:
                    "tz '\(tz)' differs from the zone of place '\(place)' (\(placeZone)); an item with a place keeps its place's zone. Remove tz, or fix the place."
            )
        case let .headcountBelowMembers(headcount, members):
            return LocalizedText(
                zh: "headcount \(headcount) 少於已列出的 \(members) 位成員；出國人數至少是成員人數，請改正或刪除 headcount。",
                en:
                    "headcount \(headcount) is less than the \(members) members listed; the number travelling is at least the members. Fix or remove headcount."
            )
        case let .badCount(text):
            return LocalizedText(zh: "「\(text)」不是大於 0 的整數，請改寫（例如 12）。", en: "'\(text)' is not a whole number of at least 1; write one (e.g. 12).")
        case let .unknownRegion(region, city, candidates):
            let list = candidates.joined(separator: zhSeparator)
            return LocalizedText(
                zh: "在「\(region)」找不到城市「\(city)」。" + (candidates.isEmpty ? "請檢查州、縣或省名。" : "同名的城市有：\(list)，請改寫其所在的州、縣或省。"),
                en: "no city '\(city)' in '\(region)'."
                    + (candidates.isEmpty
                        ? " Check the state, prefecture or province." : " Cities of that name: \(candidates.joined(separator: "; ")).")
            )
        case let .badTimeOrPart(text):
            return LocalizedText(
                zh: "「\(text)」不是有效時間：請寫 HH:MM（例如 09:30）、YYYY-MM-DD HH:MM，或時段上午、中午、下午、晚間、深夜。",
                en:
                    "'\(text)' is not a valid time: write HH:MM (e.g. 09:30), YYYY-MM-DD HH:MM, or a part of the day: morning, noon, afternoon, evening, late night."
            )
        case let .badDepartBy(text):
            return LocalizedText(
                zh: "depart_by「\(text)」須是不早於 depart 的日期，且 depart 只寫日期：請改寫為 YYYY-MM-DD（例如 2026-03-14），或刪除 depart_by（出發日未定時才用）。",
                en:
                    "depart_by '\(text)' must be a date no earlier than depart, with depart a date alone: write YYYY-MM-DD (e.g. 2026-03-14), or remove depart_by (use it only when the day is not known)."
            )
        case let .notAnEvent(id, suggestion):
            let hint =
                suggestion.map { LocalizedText(zh: "是否應為「\($0)」？", en: "Did you mean '\($0)'?") }
                ?? LocalizedText(zh: "請寫 events 中某個行程的 id。", en: "Write the id of one of the events.")
            return LocalizedText(
                zh: "沒有 id 為「\(id)」的行程（events）；大綱的 events 只能列出行程。",
                en: "no event has id '\(id)'; an outline's events lists events only."
            )
            .appending(hint)
        case let .outlineEventTwice(id, firstLine):
            return LocalizedText(
                zh: "行程「\(id)」在這份報告的大綱中已列在第 \(firstLine) 行的段落；一個行程只能屬於一個段落，請刪除其中一處（要合併請把兩個行程寫在同一段落的 events）。",
                en:
                    "event '\(id)' is already in the section on line \(firstLine) of this report's outline; an event belongs to one section. Delete one (to merge, list both events in one section)."
            )
        case let .outlineKindTwice(kind, firstLine):
            return LocalizedText(
                zh: "報告種類「\(kind)」已在第 \(firstLine) 行有大綱，請合併成一份。",
                en: "report kind '\(kind)' already has an outline on line \(firstLine); merge them into one."
            )
        case .emptyOutlineSection:
            return LocalizedText(
                zh: "這個段落沒有內容：請寫 events（涵蓋的行程）、text（段落文字）或 sections（下一層段落），或刪除它。",
                en:
                    "this section shows nothing: write events (the visits it covers), text (its own text) or sections (sections under it), or delete it."
            )
        case .outlineNeedsHeading:
            return LocalizedText(zh: "沒有 events 的段落需要 heading（標題），請補上。", en: "a section without events needs a heading; add one.")
        case let .outlineTooDeep(depth):
            return LocalizedText(
                zh: "段落最多只能有 \(depth) 層（例如 二、→（一）→ 1.），請把這一層併入上一層。",
                en: "sections nest at most \(depth) deep (e.g. 二、 → (一) → 1.); fold this level into the one above."
            )
        case let .badDeviceTime(text):
            return LocalizedText(
                zh: "「\(text)」不是含時差的 ISO 8601 時間：請寫成 2025-09-01T10:30:00+09:00 的格式。",
                en: "'\(text)' is not an ISO 8601 time with its offset: write it as 2025-09-01T10:30:00+09:00."
            )
        case let .deviceTimeInFuture(text):
            return LocalizedText(
                zh: "「\(text)」晚於現在：請檢查手機的日期、時間與時區設定後再送出，或捨棄這筆後重新記錄。",
                en:
                    "'\(text)' is later than now: check the phone's date, time and time zone, then send again, or discard it and log it anew."
            )
        case let .deviceTimeBeforeTrip(text, start):
            return LocalizedText(
                zh: "「\(text)」早於出國首日（\(ROCDate.long(start))）：請檢查手機的日期與時間設定後再送出，或捨棄這筆後重新記錄。",
                en:
                    "'\(text)' is before the trip's first day (\(start.iso)): check the phone's date and time, then send again, or discard it and log it anew."
            )
        }
    }

    private var zhSeparator: String { "、" }
}
