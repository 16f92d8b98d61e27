/// One thing logged on the road that a correction names: a note, a photo, an outcome, a
/// follow-up (by their database ids), a clipping (by its id) or a person met (by the event and
/// their place, from 1, in its list: people met are kept as one list per event).
public enum LoggedItem: Hashable, Sendable {
    /// A note, by id.
    case note(Int64)
    /// A photo or a photo placeholder, by id.
    case photo(Int64)
    /// An outcome, by id.
    case outcome(Int64)
    /// A follow-up, by id.
    case followUp(Int64)
    /// A press clipping, by id.
    case press(String)
    /// A person met: the event and their number in its list, from 1.
    case counterpart(event: String, number: Int)

    /// The kind, as the history stores it.
    public var kind: LoggedKind {
        switch self {
        case .note: .note
        case .photo: .photo
        case .outcome: .outcome
        case .followUp: .followUp
        case .press: .press
        case .counterpart: .counterpart
        }
    }

    /// The item's key within its kind, as the history stores it (`EVENT#N` for a person met).
    public var key: String {
        switch self {
        case let .note(id), let .photo(id), let .outcome(id), let .followUp(id): String(id)
        case let .press(id): id
        case let .counterpart(event, number): "\(event)#\(number)"
        }
    }

    /// The item a kind and key name (the inverse of `kind` and `key`); nil when the key does not fit.
    public init?(kind: LoggedKind, key: String) {
        switch kind {
        case .note:
            guard let id = Int64(key) else { return nil }
            self = .note(id)
        case .photo:
            guard let id = Int64(key) else { return nil }
            self = .photo(id)
        case .outcome:
            guard let id = Int64(key) else { return nil }
            self = .outcome(id)
        case .followUp:
            guard let id = Int64(key) else { return nil }
            self = .followUp(id)
        case .press:
            guard !key.isEmpty else { return nil }
            self = .press(key)
        case .counterpart:
            guard let hash = key.lastIndex(of: "#"), let n = Int(key[key.index(after: hash)...]), n >= 1 else { return nil }
            self = .counterpart(event: String(key[..<hash]), number: n)
        }
    }
}
