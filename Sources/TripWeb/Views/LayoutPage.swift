import Mustache

/// The layout around a cached page body: the delegation's header only.
struct LayoutPage: TemplateFields {
    let trip: TripHeader

    func child(named name: String) -> Any? { name == "trip" ? trip : nil }
}
