import GRDB

// The filters every read and write of a delegation's rows uses, written once
// (GRDB's RecordRecommendedPractices: reusable requests in `DerivableRequest` extensions).

extension DerivableRequest where RowDecoder: DelegationPart {
    /// The rows of one delegation.
    func filter(delegation id: String) -> Self {
        filter(RowDecoder.delegationColumn == id)
    }
}

extension DerivableRequest where RowDecoder: DelegationItem {
    /// The item of a delegation with an id.
    func filter(delegation: String, id: String) -> Self {
        filter(delegation: delegation).filter(RowDecoder.idColumn == id)
    }

    /// The items of a delegation whose ids are not in `ids`.
    func filter(delegation: String, notIn ids: Set<String>) -> Self {
        filter(delegation: delegation).filter(!ids.contains(RowDecoder.idColumn))
    }

    /// In the plan's order.
    func orderedByPosition() -> Self {
        order(RowDecoder.positionColumn)
    }
}

extension QueryInterfaceRequest where RowDecoder: DelegationItem {
    /// The ids alone.
    func selectIds() -> QueryInterfaceRequest<String> {
        select(RowDecoder.idColumn, as: String.self)
    }

    /// The next free position: one past the largest (`from` for an empty list).
    func nextPosition(_ db: Database, from first: Int) throws -> Int {
        let largest = try select(max(RowDecoder.positionColumn), as: Int.self).fetchOne(db)
        return largest.map { $0 + 1 } ?? first
    }
}

extension DerivableRequest where RowDecoder: EventLogPart {
    /// What is logged against one event of a delegation.
    func filter(delegation: String, event: String) -> Self {
        filter(delegation: delegation).filter(RowDecoder.eventColumn == event)
    }
}
