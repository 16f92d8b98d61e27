/// One value a form field or a command-line flag gives for a key of the plan format (`title`,
/// `end`, `caption`…), read by the plan reader exactly as that key in a plan file.
public struct PlanValue: Hashable, Sendable {
    /// The plan key.
    public var key: String
    /// The value as typed.
    public var value: String

    /// Creates a value.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
