import Foundation
import TripModel

/// What kind of body a name says it is, for the closed-day rule: the words that name offices,
/// schools, companies, associations and venues, in Chinese, Japanese, Korean and English. The
/// head word decides: the last one found in a CJK name (紐約中華公所 is an association,
/// 吉祥寺市役所 an office), the first phrase before "of" in an English one (the Museum of Fine
/// Arts, the Chinese Consolidated Benevolent Association of New York).
enum BodyGuess {
    /// Words naming each kind of body (lower case for Latin).
    private static let lists: [(BodyType, [String])] = [
        (
            .association,
            [
                "中華公所", "會館", "協會", "商會", "公會", "同鄉會", "聯誼會", "總會", "基金會", "促進會", "學會",
                "連合會", "聯合會", "協議會", "協同組合", "僑團", "僑社", "僑界", "青商會", "扶輪社", "獅子會",
                "社團法人", "財團法人", "俱樂部", "협회", "association", "society", "chamber", "foundation",
                "club", "federation", "alliance", "benevolent", "guild", "rotary", "lions",
            ]
        ),
        (
            .venue,
            [
                "博物館", "博物院", "美術館", "圖書館", "図書館", "球場", "體育館", "体育館", "巨蛋", "競技場", "展覽館",
                "展示場", "展示館", "會展中心", "展覽中心", "展場", "公園", "市場", "動物園", "植物園", "水族館", "劇院",
                "劇場", "音樂廳", "紀念館", "記念館", "遊客中心", "花園", "樂園", "遊樂園", "夜市", "商店街", "老街",
                "神社", "神宮", "教堂", "古蹟", "城堡", "車站", "駅", "碼頭", "工坊", "酒造", "餐廳", "酒店", "飯店",
                "旅館", "체육관", "박물관", "museum", "library", "stadium", "ballpark", "park", "arena", "market",
                "gallery", "theater", "theatre", "zoo", "garden", "aquarium", "memorial", "station", "pier", "expo",
                "exhibition", "convention center", "convention centre", "visitor center", "temple", "shrine",
                "cathedral", "castle", "monument", "hotel", "restaurant", "dome",
            ]
        ),
        (
            .school,
            [
                "大學", "大学", "學院", "学院", "學校", "学校", "高中", "中學", "小學", "高校", "研究所", "大學院",
                "대학교", "university", "college", "school", "institute of technology", "academy",
            ]
        ),
        (
            .company,
            [
                "公司", "株式會社", "株式会社", "有限會社", "有限会社", "企業", "集團", "銀行", "工廠", "工場", "製作所",
                "商社", "주식회사", "inc.", "inc", "corp", "corporation", "co., ltd", "ltd", "llc", "gmbh", "plc",
                "bank", "group", "company",
            ]
        ),
        (
            .government,
            [
                "政府", "市役所", "役所", "役場", "縣廳", "県庁", "都廳", "都庁", "道廳", "府廳", "府庁", "市政廳",
                "廳", "庁", "部", "局", "署", "處", "処", "委員會", "委員会", "議會", "議会", "國會", "国会",
                "代表處", "代表部", "辦事處", "大使館", "領事館", "總領事館", "市公所", "區公所", "鄉公所",
                "鎮公所", "知事", "市長室", "州長", "總統府", "시청", "도청", "구청", "군청", "ministry",
                "government", "city hall", "town hall", "state house", "statehouse", "capitol", "office of",
                "department", "embassy", "consulate", "parliament", "congress", "senate", "legislature",
                "assembly", "governor", "mayor", "prefecture", "prefectural", "municipal", "agency",
                "commission", "bureau", "council", "representative office", "economic and cultural office",
            ]
        ),
    ]

    /// Every word of `lists` with its type, in list order, for the scalar search.
    private static let wordTypes: [BodyType] = lists.flatMap { type, words in words.map { _ in type } }
    private static let wordList = WordList(lists.flatMap(\.1))
    /// Whether each word of `wordList` is Latin (and so must stand as a word).
    private static let wordIsLatin: [Bool] = wordList.words.map { $0.first?.isASCII ?? false }
    private static let ofScalars = Array(" of ".unicodeScalars)

    /// The type a name points to, or nil when it says nothing.
    static func type(of name: String?) -> BodyType? {
        guard let name, !name.isEmpty else { return nil }
        guard let scalars = lowerScalars(name) else { return foundationType(name.lowercased()) }
        if let cut = WordList.firstRange(of: ofScalars, in: scalars), let head = lastMatch(in: Array(scalars[..<cut.lowerBound])) {
            return head
        }
        return lastMatch(in: scalars)
    }

    /// The scalars of the text in lower case when they are plain, else nil (Foundation's turn).
    private static func lowerScalars(_ text: String) -> [Unicode.Scalar]? {
        if let folded = WordList.folded(text) { return folded }
        let scalars = Array(text.lowercased().unicodeScalars)
        return WordList.isPlain(scalars) ? scalars : nil
    }

    /// The type of the keyword that ends last in a plain text (the longer one on a tie, then the
    /// one listed first), Latin keywords only where they stand as words.
    private static func lastMatch(in text: [Unicode.Scalar]) -> BodyType? {
        var best: (end: Int, length: Int, word: Int)?
        wordList.forEachMatch(in: text) { k, start, end in
            if wordIsLatin[k] {
                // Latin words must stand as words: "Parkview" is no park, "Departure" no department.
                if start > 0 && WordList.isLetter(text[start - 1]) { return }
                if end < text.count && WordList.isLetter(text[end]) { return }
            }
            let length = end - start
            if best.map({ end > $0.end || (end == $0.end && (length > $0.length || (length == $0.length && k < $0.word))) }) ?? true {
                best = (end, length, k)
            }
        }
        return best.map { wordTypes[$0.word] }
    }

    /// `type(of:)` through Foundation's search, for a name that is not plain text (combining
    /// marks, compatibility ideographs…), where canonically equivalent forms must match too.
    static func foundationType(_ lower: String) -> BodyType? {
        if let cut = lower.range(of: " of "), let head = lastMatch(in: String(lower[..<cut.lowerBound])) {
            return head
        }
        return lastMatch(in: lower)
    }

    /// The type of the keyword that ends last in the text (the longer one on a tie).
    private static func lastMatch(in text: String) -> BodyType? {
        var best: (end: Int, length: Int, type: BodyType)?
        for (type, words) in lists {
            for word in words {
                var search = text.startIndex..<text.endIndex
                while let range = text.range(of: word, range: search) {
                    let latin = word.unicodeScalars.first?.isASCII ?? false
                    let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                    let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                    // Latin words must stand as words: "Parkview" is no park, "Departure" no department.
                    if !latin || (!(before?.isLetter ?? false) && !(after?.isLetter ?? false)) {
                        let end = text.distance(from: text.startIndex, to: range.upperBound)
                        if best.map({ end > $0.end || (end == $0.end && word.count > $0.length) }) ?? true {
                            best = (end, word.count, type)
                        }
                    }
                    search = range.upperBound..<text.endIndex
                }
            }
        }
        return best?.type
    }

    /// True when `word` appears in `text` with no letter just before or after it.
    private static func isWord(_ word: String, in text: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            search = text[range.upperBound...]
        }
        return false
    }

    /// Words of titles that name an event the host holds on its own date (a forum, a fair, a
    /// ceremony): it happens that day whether or not offices are open.
    private static let organised = [
        "論壇", "研討會", "博覽會", "展覽會", "展示會", "商展", "大會", "年會", "峰會", "典禮",
        "開幕", "閉幕", "記者會", "音樂會", "晚會", "頒獎", "嘉年華", "祭典", "節慶",
        "慶典", "運動會", "比賽", "賽事", "球賽", "演出", "公演", "升旗", "遊行", "活動",
        "forum", "summit", "conference", "symposium", "expo", "fair", "festival", "ceremony",
        "gala", "concert", "parade", "game", "match", "tournament", "show", "opening",
        "convention", "congress of", "award", "celebration",
    ]

    private static let organisedList = WordList(organised)

    /// `isOrganisedEvent` through Foundation's search, for a title that is not plain text.
    static func foundationIsOrganisedEvent(_ lower: String) -> Bool {
        organised.contains { word in
            lower.contains(word) && (word.unicodeScalars.first.map { !$0.isASCII } ?? false || isWord(word, in: lower))
        }
    }

    /// True when an event's title names something held on its date (論壇, Expo, 典禮…).
    static func isOrganisedEvent(_ title: String) -> Bool {
        guard let scalars = lowerScalars(title) else { return foundationIsOrganisedEvent(title.lowercased()) }
        var found = false
        organisedList.forEachMatch(in: scalars) { k, start, end in
            guard !found else { return }
            if organisedList.words[k].first?.isASCII ?? false {
                if start > 0 && WordList.isLetter(scalars[start - 1]) { return }
                if end < scalars.count && WordList.isLetter(scalars[end]) { return }
            }
            found = true
        }
        return found
    }
}
