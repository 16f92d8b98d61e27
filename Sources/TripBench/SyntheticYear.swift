import Foundation
import TripModel

/// A year of an agency's travel: delegations of eight members in four sub-groups, each group with
/// its own visits every day in one city, a dinner together, a bus between two cities, flights out
/// and back, hotels, notes and photos. Members recur across delegations (40 people in all).
struct SyntheticYear {
    /// Cities delegations go to: id, zh-Hant name, latitude, longitude, zone, country, airport.
    static let cities: [(String, String, Double, Double, String, String, String)] = [
        ("tokyo", "東京", 35.6812, 139.7671, "Asia/Tokyo", "JP", "HND"),
        ("osaka", "大阪", 34.6937, 135.5023, "Asia/Tokyo", "JP", "KIX"),
        ("fukuoka", "福岡", 33.5902, 130.4017, "Asia/Tokyo", "JP", "FUK"),
        ("kumamoto", "熊本", 32.8031, 130.7079, "Asia/Tokyo", "JP", "KMJ"),
        ("seoul", "首爾", 37.5665, 126.9780, "Asia/Seoul", "KR", "ICN"),
        ("busan", "釜山", 35.1796, 129.0756, "Asia/Seoul", "KR", "PUS"),
        ("boston", "波士頓", 42.3601, -71.0589, "America/New_York", "US", "BOS"),
        ("newyork", "紐約", 40.7128, -74.0060, "America/New_York", "US", "JFK"),
        ("sf", "舊金山", 37.7749, -122.4194, "America/Los_Angeles", "US", "SFO"),
        ("sanjose", "聖荷西", 37.3382, -121.8863, "America/Los_Angeles", "US", "SJC"),
        ("berlin", "柏林", 52.5200, 13.4050, "Europe/Berlin", "DE", "BER"),
        ("munich", "慕尼黑", 48.1351, 11.5820, "Europe/Berlin", "DE", "MUC"),
        ("paris", "巴黎", 48.8566, 2.3522, "Europe/Paris", "FR", "CDG"),
        ("lyon", "里昂", 45.7640, 4.8357, "Europe/Paris", "FR", "LYS"),
        ("sydney", "雪梨", -33.8688, 151.2093, "Australia/Sydney", "AU", "SYD"),
        ("melbourne", "墨爾本", -37.8136, 144.9631, "Australia/Melbourne", "AU", "MEL"),
        ("bangkok", "曼谷", 13.7563, 100.5018, "Asia/Bangkok", "TH", "BKK"),
        ("hanoi", "河內", 21.0278, 105.8342, "Asia/Ho_Chi_Minh", "VN", "HAN"),
        ("singapore", "新加坡", 1.3521, 103.8198, "Asia/Singapore", "SG", "SIN"),
        ("manila", "馬尼拉", 14.5995, 120.9842, "Asia/Manila", "PH", "MNL"),
    ]
    static let pairs = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11), (12, 13), (14, 15), (16, 17), (18, 0)]
    static let orgs = [
        "市政府經濟局", "產業支援財團", "科學園區管理局", "商工會議所", "國際交流協會", "大學產學合作中心",
        "創業育成基地", "中央批發市場", "會展中心", "港灣局",
    ]
    static let people = ["佐藤弘之", "鈴木一郎", "金民秀", "John Smith", "Anna Müller", "Marie Dubois", "陳志明", "林美華"]

    let delegations: [Delegation]

    /// `count` delegations, each `days` long with `perDay` visits per sub-group per day.
    init(count: Int, days: Int, perDay: Int) {
        var out: [Delegation] = []
        out.reserveCapacity(count)
        let taipei = Zone.taipei
        for n in 0..<count {
            out.append(SyntheticYear.delegation(n, days: days, perDay: perDay, home: taipei))
        }
        delegations = out
    }

    var itemCount: Int { delegations.reduce(0) { $0 + $1.events.count + $1.legs.count } }

    static func place(
        _ c: (String, String, Double, Double, String, String, String),
        suffix: String = "",
        dx: Double = 0,
        organisation: String? = nil
    ) -> Place {
        Place(
            id: c.0 + suffix,
            name: c.1 + suffix,
            organisation: organisation,
            city: c.1,
            country: c.5,
            point: GeoPoint(latitude: c.2 + dx, longitude: c.3 + dx),
            zone: Zone(c.4) ?? .utc,
            airportCode: suffix == "-airport" ? c.6 : nil
        )
    }

    static func delegation(_ n: Int, days: Int, perDay: Int, home: Zone) -> Delegation {
        let (a, b) = pairs[n % pairs.count]
        let first = cities[a]
        let second = cities[b]
        let start = LocalDate(dayNumber: (LocalDate(year: 2026, month: 1, day: 5)?.dayNumber ?? 0) + (n * 7) % 330)
        let end = start.adding(days: days - 1)
        let members = (1...8).map { i in
            Member(
                id: "p\((n + i) % 40)",
                order: i,
                unit: "臺中市政府經濟發展局",
                title: i == 1 ? "局長" : "科員",
                name: "成員\((n + i) % 40)",
                role: i == 1 ? .leader : .member
            )
        }
        let groups = [
            [members[0].id, members[1].id], [members[2].id, members[3].id], [members[4].id, members[5].id],
            [members[6].id, members[7].id],
        ]
        var places = [
            Place(
                id: "taichung",
                name: "臺中市",
                city: "臺中市",
                country: "TW",
                point: GeoPoint(latitude: 24.1477, longitude: 120.6736),
                zone: home
            ),
            Place(
                id: "TPE",
                name: "桃園國際機場",
                city: "桃園",
                country: "TW",
                point: GeoPoint(latitude: 25.0777, longitude: 121.2328),
                zone: home,
                airportCode: "TPE"
            ),
            place(first, suffix: "-airport", dx: 0.05), place(second, suffix: "-airport", dx: 0.05),
            place(first), place(second),
        ]
        var events: [Event] = []
        var legs: [Leg] = []
        let half = days / 2
        for (k, org) in orgs.enumerated() {
            places.append(place(first, suffix: "-\(k)", dx: Double(k) * 0.004, organisation: first.1 + org))
            places.append(place(second, suffix: "-\(k)", dx: Double(k) * 0.004, organisation: second.1 + org))
        }
        func moment(_ d: LocalDate, _ minutes: Int?, _ zone: String) -> Moment {
            let z = Zone(zone) ?? .utc
            guard let minutes, let t = LocalTime(hour: minutes / 60, minute: minutes % 60) else { return Moment(date: d, zone: z) }
            return (try? Moment(date: d, time: t, zone: z)) ?? Moment(date: d, zone: z)
        }
        legs.append(
            Leg(
                id: "out",
                mode: .flight,
                number: "CI\(100 + n % 800)",
                fromID: "TPE",
                toID: first.0 + "-airport",
                departure: moment(start, 9 * 60, home.identifier),
                arrival: nil
            )
        )
        // The first and last days are for flying.
        for offset in 1..<(days - 1) {
            let date = start.adding(days: offset)
            let city = offset < half ? first : second
            if offset == half {
                legs.append(Leg(id: "bus-\(n)", mode: .bus, fromID: first.0, toID: second.0, departure: moment(date, nil, first.4)))
            }
            for (g, group) in groups.enumerated() {
                for slot in 0..<perDay {
                    let k = (slot + g * 3 + offset) % orgs.count
                    let minutes = 8 * 60 + slot * 90
                    let dated = (slot + offset + g) % 4 == 0 || minutes + 60 > 21 * 60
                    let id = "e\(offset)-\(g)-\(slot)"
                    // Calls on working days; on weekends, visits nobody has to open an office for.
                    let kind: EventKind = date.isWeekend ? .visit : (slot % 3 == 0 ? .call : .visit)
                    var event = Event(
                        id: id,
                        kind: kind,
                        title: "\(city.1)\(orgs[k])(\(slot))",
                        host: date.isWeekend ? nil : city.1 + orgs[k],
                        counterparts: [Counterpart(name: people[(slot + g) % people.count], organisation: city.1 + orgs[k])],
                        placeID: "\(city.0)-\(k)",
                        start: moment(date, dated ? nil : minutes, city.4),
                        end: dated ? nil : moment(date, minutes + 60, city.4),
                        participants: group
                    )
                    event.notes = [Note(text: "交流紀錄：雙方就產業合作交換意見。")]
                    event.photos = [Photo(file: "\(id).jpg", caption: "雙方合影")]
                    events.append(event)
                }
            }
            events.append(
                Event(
                    id: "dinner\(offset)",
                    kind: .meal,
                    title: "\(city.1)交流餐敘",
                    placeID: city.0,
                    start: moment(date, 21 * 60 + 30, city.4),
                    end: moment(date, 22 * 60 + 30, city.4)
                )
            )
        }
        legs.append(
            Leg(
                id: "back",
                mode: .flight,
                number: "CI\(101 + n % 800)",
                fromID: second.0 + "-airport",
                toID: "TPE",
                departure: moment(end, 18 * 60, second.4),
                arrival: nil
            )
        )
        let stays = [
            Stay(id: "h1", placeID: first.0, checkIn: start, checkOut: start.adding(days: half)),
            Stay(id: "h2", placeID: second.0, checkIn: start.adding(days: half), checkOut: end),
        ]
        return Delegation(
            id: "trip-\(n)",
            title: "第 \(n) 次出國計畫",
            category: .study,
            agency: "臺中市政府經濟發展局",
            homeID: "taichung",
            start: start,
            end: end,
            purpose: "了解產業政策。",
            summary: String(repeating: "參訪交流產業合作。", count: 26),
            reflections: [Reflection(theme: "產業", text: "借鏡地方產業政策。")],
            suggestions: "建立合作窗口。",
            status: .returned,
            members: members,
            places: places,
            events: events,
            legs: legs,
            stays: stays
        )
    }
}
