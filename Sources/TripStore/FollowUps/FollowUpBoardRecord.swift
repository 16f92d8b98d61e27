import GRDB
import TripModel

/// A follow-up joined with its delegation's title, its event's title and its owner's name.
struct FollowUpBoardRecord: Decodable, FetchableRecord {
    var followUp: FollowUpRecord
    var delegationTitle: String
    var eventTitle: String?
    var ownerName: String?
    var homeZone: String?

    init(row: Row) throws {
        followUp = try FollowUpRecord(row: row)
        delegationTitle = row["delegationTitle"]
        eventTitle = row["eventTitle"]
        ownerName = row["ownerName"]
        homeZone = row["homeZone"]
    }
}
