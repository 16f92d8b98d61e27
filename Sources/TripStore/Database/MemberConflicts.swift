import TripModel

/// Rows of the members form that someone else changed or removed first: nothing was saved.
public struct MemberConflicts: UserFacingError, Hashable {
    /// Rows changed meanwhile, with both values.
    public var changed: [EditConflict<Member>]
    /// Ids of members removed meanwhile.
    public var removed: [String]

    /// Which rows changed and what to do.
    public var message: LocalizedText {
        let ids = changed.map(\.current.id) + removed
        return LocalizedText(
            zh: "名單在您編輯時已被他人修改（\(ids.joined(separator: "、"))），本次變更未儲存。請比對後再儲存一次。",
            en:
                "Someone else changed the members list while you edited it (\(ids.joined(separator: ", "))); nothing was saved. Compare, then save again."
        )
    }
}
