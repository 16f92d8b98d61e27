import GRDB

/// An item row whose `sequence` rises when its content changes (iCalendar clients rely on it).
protocol SequencedRecord: FetchableRecord, PersistableRecord {
    var delegationId: String { get }
    var id: String { get }
    var position: Int { get set }
    var sequence: Int { get set }
}

extension EventRecord: SequencedRecord {}
extension LegRecord: SequencedRecord {}
extension StayRecord: SequencedRecord {}

extension TripDatabase {
    /// The record with the stored sequence, raised by one when anything but its position, or its
    /// participant list, differs from the stored copy.
    func sequenced<R: SequencedRecord>(_ record: R, in db: Database, participants: [String]) throws -> R {
        var record = record
        let key: [String: any DatabaseValueConvertible] = ["delegationId": record.delegationId, "id": record.id]
        guard var stored = try R.fetchOne(db, key: key) else { return record }
        let storedParticipants = try String.fetchAll(db, sql: "SELECT memberID FROM participant WHERE delegationId = ? AND itemID = ? ORDER BY position",
                                                     arguments: [record.delegationId, record.id])
        stored.position = record.position
        record.sequence = stored.sequence
        let same = try record.databaseChanges(from: stored).isEmpty
        if !same || storedParticipants != participants { record.sequence = stored.sequence + 1 }
        return record
    }
}
