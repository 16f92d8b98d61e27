import Foundation
import TripModel

/// The Kyushu delegation of seed 000 (114/8/31–9/6): four members, JX840/JX847, bus transfers,
/// the visits with notes, people met, photos and outcomes, and press clippings. Texts are
/// abridged from the seed; nothing here is drafted by Tripwright.
enum Kyushu {
    static func delegation(summary: String? = nil, reflections: Bool = false) -> Delegation {
        typealias F = Fixture
        let d = F.date
        let members = [
            Member(id: "chang", order: 1, unit: "臺中市政府經濟發展局", title: "局長", name: "張峯源", rank: "簡任第十二職等", role: .leader),
            Member(id: "hung", order: 2, unit: "臺中市政府經濟發展局(商業科)", title: "科長", name: "洪青瑞"),
            Member(id: "tsai", order: 3, unit: "臺中市政府經濟發展局(市場管理科)", title: "科長", name: "蔡永福"),
            Member(id: "yeh", order: 4, unit: "臺中市政府經濟發展局(產業及青年發展科)", title: "股長", name: "葉珀如"),
        ]
        let places = [
            F.place("taichung", "臺中市", city: "臺中", country: "TW", zone: .taipei),
            F.place("TPE", "臺灣桃園國際機場", city: "桃園", country: "TW", zone: .taipei, airport: "TPE"),
            F.place("FUK", "福岡機場", city: "福岡", country: "JP", zone: F.tokyo, airport: "FUK"),
            F.place("fukuoka", "福岡市", city: "福岡", country: "JP", zone: F.tokyo),
            F.place("kumamoto", "熊本市", city: "熊本", country: "JP", zone: F.tokyo),
            F.place("miyazaki", "宮崎市", city: "宮崎", country: "JP", zone: F.tokyo),
            F.place("nichinan", "日南市", city: "日南", country: "JP", zone: F.tokyo),
        ]
        let events = [
            F.event(
                "yanagibashi",
                .study,
                "柳橋連合市場",
                d(2025, 9, 1),
                place: "fukuoka",
                host: "柳橋連合市場協同組合",
                people: [Counterpart(name: "古賀和秀", title: "理事長", organisation: "柳橋連合市場協同組合")],
                themes: ["傳統市場"],
                notes: [
                    "柳橋連合市場位於福岡市中央區春吉，有「博多的廚房」的美譽，1918年7月成立。",
                    "市場由攤商成立組織自主管理，政府部門主要提供資訊與協助低利貸款，場內公共設施亦由自治組織負責維護。",
                ],
                photos: ["古賀和秀理事長分享市場管理", "張峯源局長與理事長合影於市場入口", "市政參訪團於理事長鋪位前合影", "考察柳橋連合市場現場營運情形"]
            ),
            F.event(
                "fgn",
                .study,
                "Fukuoka Growth Next 新創基地",
                d(2025, 9, 1),
                place: "fukuoka",
                host: "福岡市經濟觀光文化局創業推進部",
                themes: ["新創"],
                notes: [
                    "Fukuoka Growth Next 位於福岡市大名小學校舊址，是九州最大規模的公私協力型創業育成中心。",
                    "FGN 透過簽證、金融開戶背書與低廉共享空間吸引外資進駐。",
                ],
                photos: ["雙方充份交流", "市政參訪團與 FGN 經營團隊合影", "與進駐之新創團隊交流", "FGN 活化學校閒置空間成效良好"]
            ),
            F.event(
                "marine",
                .study,
                "馬林展覽館福岡 A 館",
                d(2025, 9, 1),
                place: "fukuoka",
                host: "一般財團法人福岡會展中心",
                themes: ["會展"],
                notes: ["馬林展覽館福岡 A 館由福岡市政府興建，自 1995 年啟用以來即成為福岡地區重要國際會展據點。"],
                photos: ["考察馬林展覽館福岡 A 館", "雙方交流會展營運業務"]
            ),
            F.event(
                "teco",
                .call,
                "台北駐福岡經濟文化分處",
                d(2025, 9, 1),
                place: "fukuoka",
                host: "台北駐福岡經濟文化辦事處",
                people: [Counterpart(name: "陳銘俊", title: "處長")],
                themes: ["招商"],
                notes: ["本次拜會陳銘俊處長，就九州地區近年臺商投資情況及區域經濟、金融發展趨勢進行交流。"],
                photos: ["參訪團與代表處同仁合影", "張峯源局長代表市長致意"]
            ),
            F.event(
                "tic",
                .call,
                "福岡台灣貿易投資中心",
                d(2025, 9, 1),
                place: "fukuoka",
                people: [Counterpart(name: "林志鴻", title: "所長")],
                themes: ["招商"],
                notes: ["林所長表示福岡為九州地區經濟樞紐，投資中心將發揮橋梁與平台之雙重角色。"]
            ),
            F.event(
                "kisc",
                .call,
                "公益財團法人熊本產業支援財團",
                d(2025, 9, 2),
                place: "kumamoto",
                host: "公益財團法人熊本產業支援財團",
                people: [
                    Counterpart(name: "篠原英幸", title: "局長", organisation: "公益財團法人熊本產業支援財團"),
                    Counterpart(name: "前田隆", title: "局長", organisation: "一般社團法人熊本縣工業連合會"),
                ],
                themes: ["半導體"],
                notes: ["熊本縣於 2020 年制定「熊本縣產業成長規劃」，規劃期程 10 年，聚焦半導體與生技兩大產業。"],
                photos: ["熊本縣日方代表分享", "雙方合影", "張峯源局長與篠原英幸局長合影", "雙方交流熱烈"]
            ),
            F.event(
                "yokamon",
                .visit,
                "肥後 Yokamon 市場",
                d(2025, 9, 2),
                place: "kumamoto",
                themes: ["傳統市場"],
                notes: ["肥後 YOKAMON 市場位於熊本站新幹線出口正對面，2018 年開幕，聚集近 60 家店鋪。"]
            ),
            F.event(
                "kiwaki",
                .visit,
                "木脇產業株式会社",
                d(2025, 9, 3),
                place: "miyazaki",
                host: "木脇產業株式会社",
                people: [Counterpart(name: "肥田木紘一", title: "常務取締役")],
                themes: ["林業"],
                notes: ["木脇產業株式会社創立於 1948 年 5 月，總部位於宮崎縣都城市。"],
                photos: ["聽取常務取締役 肥田木紘一簡報", "雙方合影", "木脇産業株式会社木材廠觀摩", "千年御神木前合影"]
            ),
            F.event(
                "nitto",
                .visit,
                "日東株式会社",
                d(2025, 9, 3),
                place: "miyazaki",
                host: "日東株式会社",
                people: [Counterpart(name: "東宗一郎", title: "代表取締役")],
                themes: ["林業"],
                notes: ["日東株式会社專精於木材加工、住宅建材生產與木結構住宅施工。"],
                photos: ["體驗無垢木材地板", "觀看木材民生再製品"]
            ),
            F.event(
                "dairy",
                .visit,
                "南日本乳業協同株式会社",
                d(2025, 9, 3),
                place: "miyazaki",
                host: "南日本乳業協同株式会社",
                people: [Counterpart(name: "笹原剛", title: "部長", organisation: "海外事業部")],
                notes: ["南日本乳業協同株式会社成立於 1960 年，以「高千穗牧場」品牌在日本國內廣為人知。"]
            ),
            F.event("unkai", .visit, "雲海酒造燒酎工廠", d(2025, 9, 4), place: "miyazaki", host: "雲海酒造", themes: ["觀光"]),
            F.event("kuroki", .visit, "黑木玻璃藝術工坊", d(2025, 9, 4), place: "miyazaki", themes: ["觀光"]),
            F.event("umk", .visit, "UMK 住宅展示場", d(2025, 9, 4), place: "miyazaki", host: "宮崎放送", themes: ["林業"]),
            F.event(
                "forest",
                .call,
                "宮崎縣環境森林部",
                d(2025, 9, 4),
                place: "miyazaki",
                host: "宮崎縣環境森林部",
                people: [
                    Counterpart(name: "長倉佐知子", title: "部長", organisation: "宮崎縣環境森林部"),
                    Counterpart(name: "星原透", title: "會長", organisation: "宮崎縣森林林業協會"),
                ],
                themes: ["林業"],
                notes: ["宮崎縣木材生產量已連續 34 年居日本第一，與臺中在木材加工與應用產業具有高度關聯性。"],
                photos: ["木材利用促進協議簽署儀式", "簽署儀式後合影"],
                outcomes: [
                    Outcome(text: "見證宮崎縣森林林業協會與臺中市木材商業同業公會簽署《木材利用促進協議》", date: d(2025, 9, 4)),
                    Outcome(text: "雙方簽署木材利用合作備忘錄（MOU）", date: d(2025, 10, 3)),
                ]
            ),
            F.event(
                "commerce",
                .call,
                "宮崎縣商工觀光勞動部",
                d(2025, 9, 4),
                place: "miyazaki",
                host: "宮崎縣商工觀光勞動部",
                people: [Counterpart(name: "兒玉浩明", title: "部長")],
                themes: ["新創"]
            ),
            F.event(
                "vice",
                .call,
                "拜會宮崎縣政府副知事佐藤弘之",
                d(2025, 9, 4),
                place: "miyazaki",
                host: "宮崎縣政府",
                people: [Counterpart(name: "佐藤弘之", title: "副知事")],
                themes: ["觀光"]
            ),
            F.event("sunmesse", .visit, "日南太陽花園", d(2025, 9, 5), place: "nichinan", themes: ["觀光"]),
            F.event(
                "station",
                .visit,
                "日南車站",
                d(2025, 9, 5),
                place: "nichinan",
                host: "日南市",
                people: [Counterpart(name: "野田忍", title: "副市長")],
                themes: ["觀光"],
                photos: ["當地民眾手搖國旗熱情歡迎", "雙方交流", "於日南車站前合影"]
            ),
        ]
        let legs = [
            Leg(
                id: "out",
                mode: .flight,
                carrier: "星宇航空",
                number: "JX840",
                fromID: "TPE",
                toID: "FUK",
                departure: Moment(date: d(2025, 8, 31), zone: .taipei)
            ),
            Leg(
                id: "bus1",
                mode: .bus,
                fromID: "fukuoka",
                toID: "kumamoto",
                departure: Moment(date: d(2025, 9, 1), zone: F.tokyo),
                remark: "搭乘巴士移動至熊本"
            ),
            Leg(
                id: "bus2",
                mode: .bus,
                fromID: "kumamoto",
                toID: "miyazaki",
                departure: Moment(date: d(2025, 9, 2), zone: F.tokyo),
                remark: "搭乘巴士"
            ),
            Leg(
                id: "bus3",
                mode: .bus,
                fromID: "nichinan",
                toID: "fukuoka",
                departure: Moment(date: d(2025, 9, 5), zone: F.tokyo),
                remark: "搭乘巴士"
            ),
            Leg(
                id: "back",
                mode: .flight,
                carrier: "星宇航空",
                number: "JX847",
                fromID: "FUK",
                toID: "TPE",
                departure: Moment(date: d(2025, 9, 6), zone: F.tokyo),
                remark: "返回臺灣"
            ),
        ]
        let press = [
            PressItem(id: "setn", date: d(2025, 9, 8), outlet: "三立新聞台", headline: "臺中市政團隊赴日參訪 了解傳統市場轉型", image: "press/setn.jpg"),
            PressItem(id: "ebc", date: d(2025, 9, 8), outlet: "東森新聞台", headline: "臺中市經發局訪九州 深化臺日多層次合作", image: "press/ebc.jpg"),
            PressItem(id: "dempa", date: d(2025, 9, 9), outlet: "電波新聞", headline: "台中市政府經濟發展局が九州を訪問", image: "press/dempa.jpg", language: "ja"),
            PressItem(id: "ctee", date: d(2025, 9, 9), outlet: "工商時報", headline: "中市府參訪姊妹市宮崎縣受熱情歡迎", image: "press/ctee.jpg", remark: "報導日媒肯定施政"),
            PressItem(
                id: "mrt",
                date: d(2025, 9, 12),
                outlet: "宮崎新聞台",
                headline: "日南駅に姉妹駅のある台中市から訪問団",
                url: "https://example.jp/news/1",
                language: "ja"
            ),
        ]
        let written =
            reflections
            ? [
                Reflection(theme: "地方創業生態與新創基地推動", text: "福岡市以 Fukuoka Growth Next 建立公私協力的新創育成平台。"),
                Reflection(theme: "永續林業與木材產業鏈合作", text: "宮崎縣以木材循環利用與木育文化推廣為核心。"),
            ] : []
        return Delegation(
            id: "kyushu-2025",
            title: "創業輔導及創新交流計畫赴日本福岡、熊本及宮崎考察交流",
            category: .study,
            agency: "臺中市政府經濟發展局",
            homeID: "taichung",
            start: d(2025, 8, 31),
            end: d(2025, 9, 6),
            countries: ["JP"],
            purpose: "本次執行「114 年度臺中市創業輔導及創新交流計畫」，由經濟發展局張峯源局長率團赴日本九州進行市政參訪與產業交流。",
            summary: summary,
            reflections: written,
            reportDate: d(2025, 11, 4),
            contactID: "yeh",
            keywords: ["新創", "半導體", "林業"],
            status: .returned,
            members: members,
            places: places,
            events: events,
            legs: legs,
            press: press
        )
    }
}
