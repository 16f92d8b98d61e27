import Mustache

/// What a page template renders: the page's own view, then the values every page has (words,
/// language, CSRF token, user). Templates look a name up in the page first, as they did when
/// both were one dictionary.
struct PageRoot: MustacheParent {
    /// The page's view (a struct; its stored properties are the names templates use).
    let page: Any
    /// The values every page has.
    let common: CommonView

    func child(named name: String) -> Any? {
        if let own = PageRoot.property(name, of: page) { return own }
        if name == "csrf" { return common.csrf.value }
        return PageRoot.property(name, of: common)
    }

    /// A stored property of a value by name, nil when missing or nil (so a template goes on
    /// looking in the enclosing values, as for a missing key).
    static func property(_ name: String, of value: Any) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: child)
        guard mirror.displayStyle == .optional else { return child }
        return mirror.children.first?.value
    }
}
