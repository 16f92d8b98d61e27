/// Someone who accompanies the delegation without being one of its members, such as the head of
/// the local representative office; named in reports beside the members, never counted as one.
public struct Companion: Hashable, Sendable, Codable {
    /// Name as written.
    public var name: String
    /// Their title, e.g. 處長.
    public var title: String?
    /// Their agency or unit, e.g. 駐波士頓臺北經濟文化辦事處.
    public var unit: String?

    /// Creates a companion.
    public init(name: String, title: String? = nil, unit: String? = nil) {
        self.name = name
        self.title = title
        self.unit = unit
    }
}
