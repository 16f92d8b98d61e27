import TripChecks
import TripModel
import TripStore

extension AppContext {
    /// The delegation with an id (through the server's cache when there is one); with
    /// `prefix`, a unique prefix of an id names it too (`tripwright show kyushu`).
    /// A requester who may not see it (`Access.maySee`: a member not on it, an organiser or
    /// viewer without a grant of it) gets `noSuchDelegation` without suggestions, as for one that
    /// does not exist; only administrators are offered the nearest ids. Every page, report, plan,
    /// calendar, photo and log route reads through here.
    func delegation(_ id: String, in database: TripDatabase, prefix: Bool = false) async throws -> Delegation {
        let d: Delegation
        do {
            d = try await anyDelegation(id, in: database, prefix: prefix)
        } catch StoreError.noSuchDelegation where requester.role != .administrator {
            throw StoreError.noSuchDelegation(id, suggestions: [])
        }
        guard Access.maySee(requester, d) else { throw StoreError.noSuchDelegation(id, suggestions: []) }
        return d
    }

    /// The delegation with an id (or a unique prefix), whoever asks.
    private func anyDelegation(_ id: String, in database: TripDatabase, prefix: Bool) async throws -> Delegation {
        do {
            if let cache { return try await cache.delegation(id, database: database) }
            return try await database.delegation(id)
        } catch let StoreError.noSuchDelegation(_, suggestions) where prefix {
            let matches = try await database.delegations().map(\.id).filter { $0.hasPrefix(id) }
            if matches.count == 1, let only = matches.first { return try await anyDelegation(only, in: database, prefix: false) }
            throw StoreError.noSuchDelegation(id, suggestions: suggestions)
        }
    }

    /// The checks of a delegation as of today at home by this context's clock (or `today`),
    /// kept by the server's cache when there is one.
    func checks(_ d: Delegation, today: LocalDate? = nil) -> CheckResult {
        let day = today ?? self.today(in: d.homeZone)
        let checker = Checker(gazetteer: gazetteer)
        if let cache { return cache.checks(d, today: day, checker: checker) }
        return checker.check(d, today: day)
    }

    /// The event with an id, or `noSuchEvent` naming the nearest ids.
    func event(_ id: String, in d: Delegation) throws -> Event {
        if let e = d.events.first(where: { $0.id == id }) { return e }
        throw StoreError.noSuchEvent(id, delegation: d.id, suggestions: NearestNames.nearest(to: id, among: d.events.map(\.id)))
    }

    /// The member named by id or by name, or `notAMember` naming the nearest ones.
    func member(_ text: String, in d: Delegation) throws -> Member {
        if let m = d.members.first(where: { $0.id == text || $0.name == text }) { return m }
        throw AppError.notAMember(text, suggestions: NearestNames.nearest(to: text, among: d.members.flatMap { [$0.id, $0.name] }))
    }

    /// The plan reader for values a person types (a command's flags, a form): on the command
    /// line a file named is found where it is given; on the web, in the data folder.
    var reader: PlanReader {
        if requester == .commandLine { return PlanReader(gazetteer: gazetteer) }
        return PlanImporter(location: location, gazetteer: gazetteer).reader
    }
}
