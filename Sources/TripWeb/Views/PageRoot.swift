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
        // A view that answers its names itself is asked; the others are read by reflection.
        let own: Any?
        if let parent = page as? MustacheParent {
            own = parent.child(named: name)
        } else {
            own = FieldNames.value(name, of: page)
        }
        return own ?? common.child(named: name)
    }
}
