import TripApp
import TripModel

/// The fields of the forms that add or edit an event, a leg or a stay, built one way for both:
/// each plan key with its label, its value as typed, its choices and help, and its messages.
enum ItemFields {
    /// The label (`Word`) of each plan key of these forms.
    static let labels: [String: Word] = [
        "title": .titleLabel, "kind": .kindLabel, "date": .date, "start": .start, "end": .end, "place": .place, "host": .host,
        "participants": .participants, "id": .idLabel, "mode": .mode, "number": .flightNumber, "carrier": .carrier, "from": .from,
        "depart": .depart, "to": .to, "arrive": .arrive, "remark": .remark, "check_in": .checkIn, "check_out": .checkOut,
        "booking": .booking, "depart_by": .departBy, "phone": .phone,
    ]

    /// The label of a key; a leg's booking is a seat's, not a room's.
    static func label(_ key: String, leg: Bool) -> Word? {
        leg && key == "booking" ? .seatBooking : labels[key]
    }

    /// The `Word` names by key, as `FormState` takes them, for a leg's form or another.
    static func labelNames(leg: Bool) -> [String: String] {
        Dictionary(uniqueKeysWithValues: labels.keys.compactMap { key in label(key, leg: leg).map { (key, $0.rawValue) } })
    }

    /// The fields of `keys`. `leg` makes `kind` the itinerary type (自動, 啟程, 交通移動, 歸國)
    /// rather than an event's kind; `zones` is a line of help under a key (a place's zone).
    static func build(
        _ keys: [String],
        values: [String: String],
        messages: [String: [String]],
        delegation d: Delegation,
        lang: Lang,
        leg: Bool,
        zones: [String: String] = [:]
    ) -> [ItemAddPage.Field] {
        keys.map { key -> ItemAddPage.Field in
            let value = values[key] ?? ""
            var choices: [Choice]?
            var members: [Choice]?
            var type: String? = "text"
            var placeholder: String?
            var help: [String] = []
            switch key {
            case "kind" where leg:
                // No type given: the schedule works it out from the trip's home.
                choices =
                    [Choice(id: "", name: Word.kindAuto.text.text(lang), selected: value.isEmpty)]
                    + [EventKind.departure, .transfer, .return].map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == value) }
            case "kind":
                let chosen = value.isEmpty ? EventKind.visit.rawValue : value
                choices = EventKind.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosen) }
            case "mode":
                let chosen = value.isEmpty ? TransportMode.flight.rawValue : value
                choices = TransportMode.allCases.map { Choice(id: $0.rawValue, name: $0.name(lang), selected: $0.rawValue == chosen) }
            case "participants":
                let ticked = Set(value.split(separator: ",").map(String.init))
                members = d.members.map { Choice(id: $0.id, name: $0.name, selected: ticked.contains($0.id)) }
                help.append(Word.participantsHelp.text.text(lang))
            case "date", "check_in", "check_out", "depart_by":
                type = "date"
            case "start", "end":
                placeholder = "09:30"
            case "depart", "arrive":
                placeholder = "2026-03-10 23:40"
                help.append(Word.localTimeHelp.text.text(lang))
            case "place", "from", "to":
                placeholder = leg ? "TPE" : nil
                help.append(Word.placeHelp.text.text(lang))
            case "id":
                help.append(Word.idHelp.text.text(lang))
            default:
                break
            }
            if let zone = zones[key] { help.append(zone) }
            if choices != nil || members != nil { type = nil }
            let errors = messages[key] ?? []
            let word = label(key, leg: leg)
            return ItemAddPage.Field(
                name: key,
                label: (word?.text ?? LocalizedText(zh: key, en: key)).text(lang),
                value: value,
                placeholder: placeholder,
                type: type,
                choices: choices,
                select: choices != nil,
                members: members,
                checkboxes: members != nil,
                placeSearch: ["place", "from", "to"].contains(key),
                help: help,
                invalid: !errors.isEmpty,
                errors: errors
            )
        }
    }
}
