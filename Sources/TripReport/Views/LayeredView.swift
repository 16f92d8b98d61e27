import Mustache

/// A snippet's own values over the report's facts: a name is looked up in `top` first, then in
/// `base` (a value `top` leaves nil falls through), as Mustache looks up its context stack.
struct LayeredView<Top: TemplateView, Base: TemplateView>: TemplateView, MustacheParent {
    /// The snippet's own values.
    let top: Top
    /// The report's facts.
    let base: Base

    func child(named name: String) -> Any? {
        LayeredView.value(named: name, in: top) ?? LayeredView.value(named: name, in: base)
    }

    /// A stored property by name, unwrapped when optional; nil when absent or nil.
    static func value(named name: String, in object: Any) -> Any? {
        guard let child = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: child)
        guard mirror.displayStyle == .optional else { return child }
        return mirror.children.first?.value
    }
}
