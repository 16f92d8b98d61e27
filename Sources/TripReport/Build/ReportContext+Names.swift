import TripModel

extension ReportContext {
    /// Names the data holds (destination countries, cities, places, hosts, organisations,
    /// people, the agency), longest first: a cover line must never be broken inside one.
    var names: [String] {
        let d = delegation
        var out = Set<String>()
        func add(_ name: String?) {
            guard let name = name?.trimmed, name.count >= 2 else { return }
            out.insert(name)
        }
        countryNames.forEach(add)
        for place in d.places {
            add(place.name)
            add(place.city)
            add(place.organisation)
        }
        for event in d.events {
            add(event.host)
            for person in event.counterparts {
                add(person.name)
                add(person.organisation)
            }
        }
        for member in d.members {
            add(member.name)
            add(member.unit)
        }
        add(d.agency)
        return out.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
