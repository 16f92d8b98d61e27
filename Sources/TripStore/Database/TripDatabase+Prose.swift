import Foundation
import GRDB
import TripModel

/// Writes one prose field of a delegation (目的, 摘要, 建議, one 心得 part).
extension TripDatabase {
    /// Replaces what a prose field holds when it still holds what the form showed (`revision`,
    /// nil for the command line, which saves over the current value); otherwise nothing is
    /// saved and `EditConflict<ProseText>` carries both values. An empty value clears the
    /// field, or removes a 心得 part (the later ones move up); a 心得 part one past the last is
    /// added. Reads, checks and writes in one transaction.
    @discardableResult
    public func editProse(delegation: String, field: ProseField, revision: String?, to value: ProseText) async throws -> ProseText {
        try await write { db in
            try self.requireDelegation(db, delegation)
            let current = try TripDatabase.prose(db, delegation: delegation, field: field)
            if let revision, revision != current.revision {
                throw EditConflict(current: current, attempted: value, revision: current.revision)
            }
            switch field {
            case .purpose, .summary, .suggestions:
                let column =
                    switch field {
                    case .purpose: DelegationRecord.Columns.purpose
                    case .summary: DelegationRecord.Columns.summary
                    default: DelegationRecord.Columns.suggestions
                    }
                try DelegationRecord.filter(key: delegation).updateAll(db, [column.set(to: value.text)])
            case let .reflection(position):
                var parts = try ReflectionRecord.all().filter(delegation: delegation).order(ReflectionRecord.Columns.position).fetchAll(db)
                guard position <= parts.count else {
                    throw StoreError.noSuchReflection(position, delegation: delegation, count: parts.count)
                }
                if let text = value.text {
                    let part = ReflectionRecord(delegationId: delegation, position: position, theme: value.theme, text: text)
                    if position == parts.count { parts.append(part) } else { parts[position] = part }
                } else if position < parts.count {
                    parts.remove(at: position)
                }
                // Positions are the key: write the parts again in order rather than shift keys in place.
                try ReflectionRecord.all().filter(delegation: delegation).deleteAll(db)
                for (i, part) in parts.enumerated() {
                    try ReflectionRecord(delegationId: delegation, position: i, theme: part.theme, text: part.text).insert(db)
                }
            }
            try self.noteChange(db, delegation: delegation)
            return value.text == nil ? ProseText(text: nil) : value
        }
    }

    /// What a prose field holds now (a 心得 part not there: empty).
    static func prose(_ db: Database, delegation: String, field: ProseField) throws -> ProseText {
        switch field {
        case .purpose, .summary, .suggestions:
            guard let row = try DelegationRecord.fetchOne(db, key: delegation) else { return ProseText(text: nil) }
            switch field {
            case .purpose: return ProseText(text: row.purpose)
            case .summary: return ProseText(text: row.summary)
            default: return ProseText(text: row.suggestions)
            }
        case let .reflection(position):
            let row = try ReflectionRecord.all().filter(delegation: delegation)
                .filter(ReflectionRecord.Columns.position == position).fetchOne(db)
            return ProseText(theme: row?.theme, text: row?.text)
        }
    }
}
