import GRDB
import TripModel

// Coded values are stored by their raw value and read back as their enums, so a record can
// never hold a code no case knows, and requests filter on them (`filter(kind: .call)`).
extension TripCategory: DatabaseValueConvertible {}
extension DelegationStatus: DatabaseValueConvertible {}
extension MemberRole: DatabaseValueConvertible {}
extension BodyType: DatabaseValueConvertible {}
extension EventKind: DatabaseValueConvertible {}
extension DayPart: DatabaseValueConvertible {}
extension TransportMode: DatabaseValueConvertible {}
extension FollowUpStatus: DatabaseValueConvertible {}
extension WebRole: DatabaseValueConvertible {}

/// Every coded column of the schema with the codes its enum knows. A row holding a code no case
/// knows (written by a newer version, or by another program) cannot be decoded; this finds the
/// column and the value, so the user reads which, instead of GRDB's decoding error.
enum StoredCode {
    /// Table, column, known codes.
    static let columns: [(table: String, column: String, known: [String])] = [
        ("delegation", "category", TripCategory.allCases.map(\.rawValue)),
        ("delegation", "status", DelegationStatus.allCases.map(\.rawValue)),
        ("member", "role", MemberRole.allCases.map(\.rawValue)),
        ("place", "type", BodyType.allCases.map(\.rawValue)),
        ("event", "kind", EventKind.allCases.map(\.rawValue)),
        ("event", "startPart", DayPart.allCases.map(\.rawValue)),
        ("event", "hostType", BodyType.allCases.map(\.rawValue)),
        ("leg", "mode", TransportMode.allCases.map(\.rawValue)),
        ("leg", "kind", EventKind.allCases.map(\.rawValue)),
        ("leg", "departPart", DayPart.allCases.map(\.rawValue)),
        ("leg", "arrivePart", DayPart.allCases.map(\.rawValue)),
        ("followUp", "status", FollowUpStatus.allCases.map(\.rawValue)),
        ("user", "role", WebRole.allCases.map(\.rawValue)),
    ]

    /// The first stored code no case knows, as the error that names it; nil when every code is known.
    static func unknown(in db: Database) throws -> StoreError? {
        for (table, column, known) in columns {
            let values = try Table(table).select(Column(column), as: DatabaseValue.self).distinct().fetchAll(db)
            for value in values where !value.isNull {
                let text = String.fromDatabaseValue(value) ?? value.description
                if !known.contains(text) {
                    return .unknownCode(table: table, column: column, value: text, known: known)
                }
            }
        }
        return nil
    }

    /// Runs a read or write body; a row it cannot decode becomes a worded `StoreError`.
    static func explaining<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        do {
            return try body(db)
        } catch let error as RowDecodingError {
            throw try unknown(in: db) ?? StoreError.corrupt("\(error)")
        }
    }
}
