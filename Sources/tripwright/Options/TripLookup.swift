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

/// The member named by id or by name, or an error naming the nearest ones.
func findMember(_ text: String, in d: Delegation, lang: Lang) throws -> Member {
    if let m = d.members.first(where: { $0.id == text || $0.name == text }) { return m }
    let near = NearestNames.nearest(to: text, among: d.members.flatMap { [$0.id, $0.name] }).joined(separator: ", ")
    throw CLIError(lang == .zh ? "「\(text)」不是此出國案的人員。\(near.isEmpty ? "" : "是否為：\(near)？")"
                               : "'\(text)' is not a member of this delegation.\(near.isEmpty ? "" : " Did you mean: \(near)?")")
}
