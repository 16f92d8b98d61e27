import TripApp
import TripModel

/// `/d/ID/today`: now in the delegation's zone, the current meeting with its note and photo
/// forms, what comes next and the other meetings of the day.
struct TodayPage {
    let trip: TripHeader
    let dayLabel: String
    /// `10:30 JST`.
    let nowTime: String
    let zone: String
    /// True when nothing is planned today.
    let empty: Bool
    let next: [ScheduleItem]
    let others: [Other]
    let hasNext: Bool
    let hasOthers: Bool
    let current: Current?
    /// Whose day the page shows; nil: everyone's.
    let whose: String?
    /// True when there is more than one member to choose between.
    let hasMembers: Bool
    /// The member picker's choices (everyone first); empty with one member.
    let members: [Choice]
    /// What the save that came back here has to say.
    let notices: [SavedNotice]

    /// Another meeting of the day, to pick.
    struct Other {
        let id: String
        let title: String
        let time: String?
        /// True when something is logged on it.
        let logged: Bool
        let link: String
    }

    /// The current meeting.
    struct Current {
        let id: String
        let title: String
        let kind: String
        let time: String?
        let place: String?
        let host: String?
        /// The last three notes.
        let notes: [Text]
        let noteCount: Int
        let photoCount: Int
        let link: String
        /// Where its forms post.
        let action: String
        /// Where a post returns to.
        let back: String
    }

    /// A text of a list.
    struct Text {
        let text: String?
    }
}
