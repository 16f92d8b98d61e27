import GRDB

/// A row of `reportOutline`: one report kind's outline of a delegation, its sections as JSON
/// (a tree), with a revision that every change raises so a stale edit can be told.
struct OutlineRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "reportOutline"
    var delegationId: String
    var kind: String
    var position: Int
    var outline: String
    var revision: Int

    /// The columns, named from the coding keys.
    enum Columns {
        static let delegationId = Column(CodingKeys.delegationId)
        static let kind = Column(CodingKeys.kind)
        static let position = Column(CodingKeys.position)
        static let outline = Column(CodingKeys.outline)
        static let revision = Column(CodingKeys.revision)
    }
}

extension OutlineRecord: DelegationPart {
    static let delegationColumn = Columns.delegationId
}
