import GRDB
import TripModel

/// One row of the delegations list, as the list's query selects it (in this column order:
/// id, title, startDate, endDate, status, members, events). Read by position, not through
/// `Decodable`: the front page reads 50 of them on every request.
struct DelegationListRow: FetchableRecord {
    var id: String
    var title: String
    var startDate: String
    var endDate: String
    var status: DelegationStatus
    var members: Int
    var events: Int

    /// Throws GRDB's decoding error for a NULL or mistyped value and `StoreError.corrupt` for a
    /// status this version does not know.
    init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        title = try row.decode(atIndex: 1)
        startDate = try row.decode(atIndex: 2)
        endDate = try row.decode(atIndex: 3)
        let code: String = try row.decode(atIndex: 4)
        guard let known = DelegationStatus(rawValue: code) else { throw StoreError.corrupt("delegation status '\(code)'") }
        status = known
        members = try row.decode(atIndex: 5)
        events = try row.decode(atIndex: 6)
    }
}
