import TripApp
import TripModel

/// `/d/ID/schedule`'s body (cached per delegation state, language and member): the member
/// choice and the days with their items, stays and items continuing from earlier days.
struct SchedulePage {
    let trip: TripHeader
    let days: [Day]
    /// The member choice.
    let members: [Choice]
    /// True when no member is chosen.
    let allSelected: Bool
    /// The member chosen.
    let member: MemberLine?

    /// The chosen member's line.
    struct MemberLine {
        let name: String
        let title: String?
    }

    /// One day.
    struct Day {
        /// `114 年 9 月 1 日（星期一）`.
        let label: String
        /// `2025-09-01` (the section's anchor).
        let iso: String
        let items: [ScheduleItem]
        let stays: [StayLine]
        /// True when the day has two or more events known only by their date (their order is the user's).
        let orderable: Bool
        let continuing: [Continuing]
        /// Legs that left on an earlier date and land on this one (an overnight flight).
        let arriving: [Landing]
        /// True when nothing is planned.
        let empty: Bool
        let lang: String
    }

    /// A stay of the night.
    struct StayLine {
        /// The stay's id (its edit form's path).
        let id: String
        let place: String?
        let who: String?
    }

    /// A leg landing on this day after leaving on an earlier one: `JX847 福岡（FUK）→ 桃園（TPE） 05:30`.
    struct Landing {
        let id: String
        let service: String
        let from: String?
        let to: String?
        /// The local landing time, with its zone where it differs from home.
        let arrives: String?
        /// The day it left, `9/2`.
        let left: String
        let who: String?
    }

    /// An event of several days that began earlier.
    struct Continuing {
        let title: String
        let span: String?
        let id: String
    }

    /// The days of a schedule, with the checks' findings.
    static func days(_ days: [ItineraryDay], delegation d: Delegation, labels: DelegationLabels, checks: CheckResult) -> [Day] {
        days.map { day in
            Day(
                label: labels.day(day.date),
                iso: day.date.iso,
                items: day.items.map { ScheduleItem($0, delegation: d, labels: labels, checks: checks) },
                stays: day.stays.map { StayLine(id: $0.id, place: labels.place($0.placeID).nonEmpty, who: labels.who($0.participants)?.nonEmpty) },
                orderable: TripDatabase.dateOnlyEvents(on: day.date, in: d).count > 1,
                continuing: day.continuing.map { Continuing(title: $0.title, span: labels.span($0)?.nonEmpty, id: $0.id) },
                arriving: day.arriving.map { l in
                    let leg = LegView(l, labels: labels)
                    return Landing(
                        id: l.id,
                        service: leg.service,
                        from: leg.from,
                        to: leg.to,
                        arrives: labels.time(l.arrival)?.nonEmpty,
                        left: "\(l.departure.date.month)/\(l.departure.date.day)",
                        who: labels.who(l.participants)?.nonEmpty
                    )
                },
                empty: day.items.isEmpty && day.stays.isEmpty && day.continuing.isEmpty && day.arriving.isEmpty,
                lang: labels.lang.rawValue
            )
        }
    }
}
