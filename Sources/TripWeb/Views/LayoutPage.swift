import Mustache

/// The layout around a cached page body: the delegation's header only (nil on pages of no one
/// delegation, such as the front page).
struct LayoutPage: TemplateFields {
    let trip: TripHeader?

    func child(named name: String) -> Any? { name == "trip" ? trip : nil }
}
