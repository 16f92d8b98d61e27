import TripModel

/// A time written in a plan that names no single instant, or not the one meant.
public enum PlanTimeProblem: Hashable, Sendable {
    /// The clocks skip the time: they go from `from` to `to` (`minutes` skipped); `instead` is
    /// the same instant written after the change.
    case skipped(written: String, date: LocalDate, zone: Zone, from: LocalTime, to: LocalTime, minutes: Int, instead: LocalTime)
    /// The time happens twice (a fall-back change): `first` and `second` are the two ways to
    /// write it with its offset, each with the zone's abbreviation then.
    case ambiguous(written: String, date: LocalDate, zone: Zone, first: Reading, second: Reading)
    /// An offset was written that the zone does not have at that time; `offsets` are the ones it has.
    case wrongOffset(written: String, zone: Zone, offsets: [String])
    /// A start written with a date other than the event's `date`.
    case otherDate(key: String, written: String, date: LocalDate)

    /// One way to write an ambiguous time: the text with its offset, and the abbreviation.
    public struct Reading: Hashable, Sendable {
        /// E.g. `2026-11-01 01:30 -04:00`.
        public var text: String
        /// E.g. `EDT`.
        public var abbreviation: String

        /// Creates a reading.
        public init(text: String, abbreviation: String) {
            self.text = text
            self.abbreviation = abbreviation
        }
    }

    /// What is wrong and how to write it instead.
    public var message: LocalizedText {
        switch self {
        case let .skipped(written, date, zone, from, to, minutes, instead):
            return LocalizedText(
                zh:
                    "「\(written)」在 \(zone) 的 \(ROCDate.long(date))並不存在：當地時鐘因日光節約時間於 \(from) 直接跳到 \(to)，跳過 \(minutes) 分鐘。請改為 \(to) 以後的時間；若指的是調整前時鐘上的 \(written)，同一時刻請寫 \(instead)。",
                en:
                    "'\(written)' does not exist on \(date.iso) in \(zone): the clocks go from \(from) straight to \(to) for daylight saving, skipping \(minutes) minutes. Use a time from \(to) on; the same instant as \(written) on the clocks before the change is \(instead)."
            )
        case let .ambiguous(written, date, zone, first, second):
            return LocalizedText(
                zh:
                    "「\(written)」在 \(zone) 的 \(ROCDate.long(date))出現兩次（日光節約時間結束，時鐘倒退），無法判斷是哪一次。請寫明時差：第一次（\(first.abbreviation)）寫 \"\(first.text)\"，第二次（\(second.abbreviation)）寫 \"\(second.text)\"。",
                en:
                    "'\(written)' happens twice on \(date.iso) in \(zone) (daylight saving ends and the clocks go back), so it is not clear which is meant. Write the offset: \"\(first.text)\" for the first (\(first.abbreviation)), \"\(second.text)\" for the second (\(second.abbreviation))."
            )
        case let .wrongOffset(written, zone, offsets):
            let list = offsets.joined(separator: " / ")
            return LocalizedText(
                zh: "「\(written)」寫的時差不是 \(zone) 在那時的時差（當時為 \(list)）。請改寫正確的時差，或刪除時差只寫當地時間。",
                en:
                    "'\(written)' gives an offset \(zone) does not have then (it has \(list)). Write the right offset, or leave it out and write the local time alone."
            )
        case let .otherDate(key, written, date):
            return LocalizedText(
                zh: "「\(key)」寫的「\(written)」與此項目的日期 \(date.iso) 不是同一天。請只寫時間（如 \"10:00\"），或把 date 改成那一天。",
                en:
                    "'\(key)' is '\(written)', which is not on the item's date \(date.iso). Write the time alone (e.g. \"10:00\"), or change date to that day."
            )
        }
    }
}
