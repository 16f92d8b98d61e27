/// The layout around a cached page body: the delegation's header only.
struct LayoutPage {
    let trip: TripHeader
}
