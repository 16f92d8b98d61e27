import Foundation
import GRDB

/// A row of `noteRevision`: a text a note had before an edit replaced it.
struct NoteRevisionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "noteRevision"
    var id: Int64?
    var noteId: Int64
    var revision: Int
    var text: String
    var replacedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns, named from the coding keys.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let noteId = Column(CodingKeys.noteId)
        static let revision = Column(CodingKeys.revision)
        static let text = Column(CodingKeys.text)
        static let replacedAt = Column(CodingKeys.replacedAt)
    }
}

extension NoteRevisionRecord {
    /// The note a revision belongs to (`noteId`).
    static let note = belongsTo(NoteRecord.self)
}
