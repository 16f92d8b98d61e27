import TripModel

/// The itinerary of seed 000 (Kyushu, 2025-08-31 – 09-06) built in code, as its plan file
/// writes it: dates only, JX840 / JX847, three bus transfers, the visits of each day.
enum KyushuSeed {
    static func place(
        _ id: String,
        _ name: String,
        _ lat: Double,
        _ lon: Double,
        city: String,
        organisation: String? = nil
    ) -> Place {
        Place(
            id: id,
            name: name,
            organisation: organisation,
            city: city,
            country: "JP",
            point: GeoPoint(latitude: lat, longitude: lon),
            zone: Zone("Asia/Tokyo") ?? .taipei
        )
    }

    static let places: [Place] = [
        Places.taichung, Places.tpe, Places.fuk,
        place("fukuoka", "福岡", 33.5902, 130.4017, city: "福岡"),
        place("kumamoto", "熊本", 32.8031, 130.7079, city: "熊本"),
        place("miyazaki", "宮崎", 31.9077, 131.4202, city: "宮崎"),
        place("yanagibashi", "柳橋聯合市場", 33.5852, 130.4040, city: "福岡"),
        place("fgn", "Fukuoka Growth Next", 33.5887, 130.3921, city: "福岡", organisation: "福岡市經濟觀光文化局"),
        place("marine", "馬林展覽館福岡 A 館", 33.6050, 130.4040, city: "福岡"),
        place("teco", "台北駐福岡經濟文化分處", 33.5890, 130.3960, city: "福岡"),
        place("kisp", "熊本產業支援財團", 32.8390, 130.7730, city: "熊本"),
        place("yokamon", "肥後 Yokamon 市場", 32.8070, 130.6900, city: "熊本"),
        place("kiwaki", "木脇產業株式会社", 31.9960, 131.3200, city: "國富町"),
        place("nitto", "日東株式会社", 31.9300, 131.4000, city: "宮崎"),
        place("minami", "南日本乳業協同株式会社", 31.7196, 131.0617, city: "都城"),
        place("unkai", "雲海酒造燒酎工廠", 31.9990, 131.2530, city: "綾町"),
        place("kuroki", "黑木玻璃藝術工坊", 31.9980, 131.2600, city: "綾町"),
        place("umk", "UMK 住宅展示場", 31.9120, 131.4300, city: "宮崎"),
        place("pref", "宮崎縣廳", 31.9111, 131.4239, city: "宮崎"),
        place("sunmesse", "日南太陽花園", 31.5650, 131.3870, city: "日南"),
        place("nichinan", "日南車站", 31.6000, 131.3780, city: "日南"),
    ]

    static func delegation() -> Delegation {
        let members = [
            ("chang", "局長", "張峯源", MemberRole.leader), ("hung", "科長", "洪青瑞", .member),
            ("tsai", "科長", "蔡永福", .member), ("yeh", "股長", "葉珀如", .member),
        ]
        .enumerated().map { i, m in
            Member(id: m.0, order: i + 1, unit: "臺中市政府經濟發展局", title: m.1, name: m.2, role: m.3)
        }
        let tokyo = Zone("Asia/Tokyo") ?? .taipei
        func on(_ d: String, _ zone: Zone = tokyo) -> Moment { Moment(date: day(d), zone: zone) }
        func ev(_ id: String, _ kind: EventKind, _ title: String, _ place: String, _ d: String, host: String? = nil) -> Event {
            Event(id: id, kind: kind, title: title, host: host, placeID: place, start: on(d))
        }
        var yanagibashi = ev("yanagibashi", .study, "柳橋聯合市場", "yanagibashi", "2025-09-01")
        yanagibashi.counterparts = [Counterpart(name: "古賀和秀", title: "理事長", organisation: "柳橋連合市場協同組合")]
        let events = [
            yanagibashi,
            ev("fgn", .study, "Fukuoka Growth Next 新創基地", "fgn", "2025-09-01", host: "福岡市經濟觀光文化局創業推進部"),
            ev("marine", .study, "馬林展覽館福岡 A 館", "marine", "2025-09-01"),
            ev("teco", .call, "台北駐福岡經濟文化分處", "teco", "2025-09-01"),
            ev("tipc", .call, "福岡台灣貿易投資中心", "teco", "2025-09-01"),
            ev("kisp", .call, "公益財團法人熊本產業支援財團", "kisp", "2025-09-02"),
            ev("kif", .call, "一般社團法人熊本縣工業連合會", "kisp", "2025-09-02"),
            ev("kpref", .call, "熊本縣商工勞動部", "kisp", "2025-09-02"),
            ev("yokamon", .visit, "肥後 Yokamon 市場", "yokamon", "2025-09-02"),
            ev("kiwaki", .visit, "木脇產業株式会社", "kiwaki", "2025-09-03"),
            ev("nitto", .visit, "日東株式会社", "nitto", "2025-09-03"),
            ev("minami", .visit, "南日本乳業協同株式会社", "minami", "2025-09-03"),
            ev("unkai", .visit, "雲海酒造燒酎工廠", "unkai", "2025-09-04"),
            ev("kuroki", .visit, "黑木玻璃藝術工坊", "kuroki", "2025-09-04"),
            ev("umk", .visit, "UMK 住宅展示場", "umk", "2025-09-04"),
            ev("forest", .call, "宮崎縣環境森林部", "pref", "2025-09-04"),
            ev("commerce", .call, "宮崎縣商工觀光勞動部", "pref", "2025-09-04"),
            ev("vicegov", .call, "拜會宮崎縣政府副知事佐藤弘之", "pref", "2025-09-04"),
            ev("sunmesse", .visit, "日南太陽花園", "sunmesse", "2025-09-05"),
            ev("nichinan", .visit, "日南車站", "nichinan", "2025-09-05"),
        ]
        let legs = [
            Leg(
                id: "out",
                mode: .flight,
                carrier: "星宇航空",
                number: "JX840",
                fromID: "TPE",
                toID: "FUK",
                departure: on("2025-08-31", .taipei),
                arrival: on("2025-08-31")
            ),
            Leg(id: "bus-kumamoto", mode: .bus, fromID: "fukuoka", toID: "kumamoto", departure: on("2025-09-01")),
            Leg(id: "bus-miyazaki", mode: .bus, fromID: "kumamoto", toID: "miyazaki", departure: on("2025-09-02")),
            Leg(id: "bus-fukuoka", mode: .bus, fromID: "miyazaki", toID: "fukuoka", departure: on("2025-09-05")),
            Leg(
                id: "back",
                mode: .flight,
                carrier: "星宇航空",
                number: "JX847",
                fromID: "FUK",
                toID: "TPE",
                departure: on("2025-09-06"),
                arrival: on("2025-09-06", .taipei)
            ),
        ]
        let stays = [
            Stay(id: "hakata", placeID: "fukuoka", checkIn: day("2025-08-31"), checkOut: day("2025-09-01")),
            Stay(id: "kumamoto", placeID: "kumamoto", checkIn: day("2025-09-01"), checkOut: day("2025-09-02")),
            Stay(id: "miyazaki", placeID: "miyazaki", checkIn: day("2025-09-02"), checkOut: day("2025-09-05")),
            Stay(id: "fukuoka", placeID: "fukuoka", checkIn: day("2025-09-05"), checkOut: day("2025-09-06")),
        ]
        return Delegation(
            id: "kyushu-2025",
            title: "創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流",
            category: .study,
            agency: "臺中市政府經濟發展局",
            homeID: "taichung",
            start: day("2025-08-31"),
            end: day("2025-09-06"),
            countries: ["JP"],
            reportDate: day("2025-11-04"),
            members: members,
            places: places,
            events: events,
            legs: legs,
            stays: stays
        )
    }
}
