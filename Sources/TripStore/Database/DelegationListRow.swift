import GRDB
import TripModel

/// One row of the delegations list, as the list's query selects it.
struct DelegationListRow: Decodable, FetchableRecord {
    var id: String
    var title: String
    var startDate: String
    var endDate: String
    var status: DelegationStatus
    var members: Int
    var events: Int
}
