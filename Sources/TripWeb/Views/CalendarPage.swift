/// `/d/ID/calendar`: the feeds the user may make, and the address of one just made (shown once).
struct CalendarPage {
    let trip: TripHeader
    /// Members whose feed the user may make.
    let members: [Member]
    /// True when the user may make everyone's feed.
    let everyone: Bool
    let made: Made?
    /// Links just stopped, if any.
    let revoked: Revoked?

    /// A member.
    struct Member {
        let id: String
        let name: String
        let title: String?
    }

    /// A feed just made.
    struct Made {
        let member: String
        let url: String
    }

    /// Feed links just stopped.
    struct Revoked {
        let member: String
        /// How many stopped.
        let links: Int
    }
}
