import TripModel

/// The kind of body behind names, remembered for the run.
extension CheckContext {
    /// `BodyGuess.type(of:)`, once per distinct name: a plan names the same hosts and places for
    /// many events.
    func bodyType(of name: String?) -> BodyType? {
        guard let name else { return nil }
        if let known = bodyTypes[name] { return known }
        let type = BodyGuess.type(of: name)
        bodyTypes[name] = .some(type)
        return type
    }
}
