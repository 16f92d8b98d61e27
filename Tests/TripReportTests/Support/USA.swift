import Foundation
import TripModel

/// The USA trip of seed 004 (3/11–3/21, first four days reported to the council), with the
/// council cover facts. Texts are abridged from the seed.
enum USA {
    static func delegation() -> Delegation {
        typealias F = Fixture
        let d = F.date
        let ny = F.newYork
        let members = [
            Member(id: "mayor", order: 1, unit: "臺中市政府", title: "市長", name: "盧秀燕", role: .leader),
            Member(id: "chang", order: 2, unit: "臺中市政府經濟發展局", title: "局長", name: "張峯源"),
            Member(id: "hsieh", order: 3, unit: "臺中市政府秘書處", title: "處長", name: "謝佳蓁"),
        ]
        let places = [
            F.place("taichung", "臺中市", city: "臺中", country: "TW", zone: .taipei),
            F.place("TPE", "臺灣桃園國際機場", city: "桃園國際機場", country: "TW", zone: .taipei, airport: "TPE"),
            F.place("BOS", "波士頓羅根國際機場", city: "大波士頓地區", country: "US", zone: ny, airport: "BOS"),
            F.place("boston", "波士頓", city: "大波士頓地區", country: "US", zone: ny),
            F.place("newyork", "紐約", city: "大紐約地區", country: "US", zone: ny),
        ]
        let events = [
            F.event(
                "manchester",
                .call,
                "姊妹市曼徹斯特市政府",
                d(2026, 3, 11),
                place: "boston",
                zone: ny,
                host: "曼徹斯特市政府",
                people: [Counterpart(name: "魯艾斯 (Jay P. Ruais)", title: "市長")],
                themes: ["城市治理經驗交流"],
                notes: [
                    "魯艾斯市長致力於改善曼徹斯特市長期面臨的住房與無家可歸問題。",
                    "兩市就公共安全、托育政策、產業轉型及韌性城市建設等議題進行交流。",
                ]
            ),
            F.event(
                "mit",
                .visit,
                "麻省理工學院 Massachusetts Institute of Technology",
                d(2026, 3, 12),
                place: "boston",
                zone: ny,
                themes: ["研發創新與前瞻科技發展"],
                notes: ["本次參訪聚焦於媒體實驗室以「反學科」為核心的跨領域研究模式。"]
            ),
            F.event(
                "bostoncity",
                .call,
                "波士頓市政府",
                d(2026, 3, 12),
                place: "boston",
                zone: ny,
                people: [Counterpart(name: "吳弭", title: "市長")],
                themes: ["城市治理經驗交流"],
                notes: ["此次會談就城市治理、永續發展、交通建設及社會政策等面向進行務實交流。"]
            ),
            F.event(
                "necaa",
                .call,
                "紐英崙中華公所 New England Chinese American Association",
                d(2026, 3, 13),
                place: "boston",
                zone: ny,
                themes: ["拜會僑商促進雙邊投資"]
            ),
            F.event(
                "bostonexpat",
                .other,
                "與大波士頓地區僑界交流",
                d(2026, 3, 13),
                place: "boston",
                zone: ny,
                themes: ["拜會僑商促進雙邊投資"],
                outcomes: [Outcome(text: "與北美洲臺灣商會聯合總會簽署「三合一綠色通道」合作備忘錄（MOU）")]
            ),
            F.event(
                "ccba",
                .call,
                "紐約中華公所 Chinese Consolidated Benevolent Association of New York",
                d(2026, 3, 14),
                place: "newyork",
                zone: ny,
                people: [Counterpart(name: "伍銳賢", title: "主席")],
                themes: ["拜會僑商促進雙邊投資"]
            ),
            F.event("columbus", .other, "於 Columbus Park 向國父銅像獻花致敬", d(2026, 3, 14), place: "newyork", zone: ny),
            F.event(
                "nyexpat",
                .other,
                "與大紐約地區僑界交流",
                d(2026, 3, 14),
                place: "newyork",
                zone: ny,
                themes: ["拜會僑商促進雙邊投資"]
            ),
        ]
        let legs = [
            Leg(
                id: "out",
                mode: .flight,
                fromID: "TPE",
                toID: "BOS",
                departure: Moment(date: d(2026, 3, 11), zone: .taipei),
                remark: "自桃園機場出發赴美"
            )
        ]
        let reflections = [
            Reflection(theme: "城市治理經驗交流", text: "此次走訪曼徹斯特及波士頓等城市政府，就城市治理、公共安全、社會政策與永續發展等議題進行交流。"),
            Reflection(theme: "研發創新與前瞻科技發展", text: "參訪麻省理工學院媒體實驗室，了解其以跨領域研究推動人工智慧、材料科技與人機互動等創新應用。"),
        ]
        return Delegation(
            id: "usa-2026",
            title: "臺中市市長赴美市政考察交流",
            category: .visit,
            agency: "臺中市政府",
            homeID: "taichung",
            start: d(2026, 3, 11),
            end: d(2026, 3, 21),
            countries: ["US"],
            purpose: "市長積極深化城市外交、關心僑胞及鞏固臺美情誼，於3月11日至3月21日，率團訪問美國，總共11天。",
            reflections: reflections,
            members: members,
            places: places,
            events: events,
            legs: legs,
            council: CouncilReport(
                council: "臺中市議會",
                term: 4,
                session: 7,
                title: "臺中市市長赴美市政考察交流成果、招商引資具體成效及對本市未來發展之實質效益評估專案報告",
                reporters: [
                    Reporter(unit: "臺中市政府經濟發展局", title: "局長", name: "張峯源"),
                    Reporter(unit: "臺中市政府秘書處", title: "處長", name: "謝佳蓁"),
                ],
                date: d(2026, 3, 27)
            )
        )
    }
}
