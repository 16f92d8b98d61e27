import Gazetteer

/// The gazetteer's answers, once per name: a plan's places share a few city names.
extension CheckContext {
    /// `gazetteer.city(named:country:)`, remembered for the run.
    func city(named name: String, country: String?) -> City? {
        let key = name + "\u{0}" + (country ?? "")
        if let known = cityAnswers[key] { return known }
        let city = gazetteer.city(named: name, country: country)
        cityAnswers[key] = .some(city)
        return city
    }

    /// `gazetteer.namesakes(of:)`, remembered for the run.
    func namesakes(of name: String) -> [City] {
        if let known = namesakeAnswers[name] { return known }
        let cities = gazetteer.namesakes(of: name)
        namesakeAnswers[name] = cities
        return cities
    }
}
