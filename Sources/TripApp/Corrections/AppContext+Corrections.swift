import TripModel
import TripStore

extension AppContext {
    /// The delegation a correction changes, with the database opened for writing, after checking
    /// that the requester may log on it (organisers everywhere, members on their delegations).
    func correctionTarget(_ trip: String, prefix: Bool) async throws -> (TripDatabase, Delegation) {
        let database = try database(.existing)
        let d = try await delegation(trip, in: database, prefix: prefix)
        try Access.requireLog(requester, on: d)
        return (database, d)
    }

    /// Who a history row names: the signed-in user, or nil (the command line, a local server).
    var actor: String? { requester.signedIn?.name }
}
