import Synchronization

/// The stored properties of each view type by label, with their position, found by reflection once
/// per type: a template name that is not a property is a dictionary miss, and one that is reads
/// only that property (a `Mirror`'s children are reflected one by one, each costing a lookup of
/// its type, so scanning for a label costs as many lookups as the properties before it).
enum FieldNames {
    private static let known = Mutex<[ObjectIdentifier: [String: Int]]>([:])

    /// The labels of `value`'s stored properties and their positions (the same for every value of
    /// its type).
    static func of(_ value: some Any) -> [String: Int] {
        let key = ObjectIdentifier(type(of: value))
        if let names = known.withLock({ $0[key] }) { return names }
        var names: [String: Int] = [:]
        for (position, child) in Mirror(reflecting: value).children.enumerated() {
            if let label = child.label { names[label] = position }
        }
        known.withLock { $0[key] = names }
        return names
    }

    /// The stored property of `value` named `name`, nil when it has none or holds nil (so a template
    /// goes on looking in the enclosing values, as for a missing key).
    static func value(_ name: String, of value: some Any) -> Any? {
        guard let position = of(value)[name] else { return nil }
        let children = Mirror(reflecting: value).children
        let child = children[children.index(children.startIndex, offsetBy: position)].value
        let mirror = Mirror(reflecting: child)
        guard mirror.displayStyle == .optional else { return child }
        return mirror.children.first?.value
    }
}
