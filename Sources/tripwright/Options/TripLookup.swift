import Foundation
import TripModel
import TripStore

/// Finds a delegation by id, or by a unique prefix of one.
func loadDelegation(_ id: String, from db: TripDatabase) throws -> Delegation {
    do {
        return try db.delegation(id)
    } catch let StoreError.noSuchDelegation(_, suggestions) {
        let matches = try db.delegations().map(\.id).filter { $0.hasPrefix(id) }
        if matches.count == 1, let only = matches.first { return try db.delegation(only) }
        throw StoreError.noSuchDelegation(id, suggestions: suggestions)
    }
}

/// Today's date in a zone, for checks that depend on it (the report's due date).
func today(in zone: Zone) -> LocalDate {
    Moment(instant: Date(), zone: zone).date
}
