/// A person the delegation met.
public struct Counterpart: Hashable, Sendable, Codable {
    /// Name as written in the report.
    public var name: String
    /// Their title, e.g. 理事長.
    public var title: String?
    /// Their organisation.
    public var organisation: String?

    /// Creates a counterpart.
    public init(name: String, title: String? = nil, organisation: String? = nil) {
        self.name = name
        self.title = title
        self.organisation = organisation
    }
}
