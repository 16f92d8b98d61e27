import Foundation
import TripModel

/// Rule 9, last part: one organisation or person written two ways — two names of the same
/// length that differ in one Chinese character (柳橋聯合市場 / 柳橋連合市場), also when one is
/// the start or end of a longer name (柳橋連合市場協同組合).
enum NameVariantsRule {
    struct Name {
        let text: [Unicode.Scalar]
        let item: String?
        /// An organisation's or host's name: only these are searched for shorter names inside
        /// (柳橋連合市場協同組合 holds 柳橋連合市場); titles are compared whole.
        var isOrganisation = false
        /// Rolling prefix hashes: `prefix[k]` hashes the first k scalars.
        let prefix: [UInt64]

        init(text: [Unicode.Scalar], item: String?) {
            self.text = text
            self.item = item
            var h: [UInt64] = [0]
            h.reserveCapacity(text.count + 1)
            for s in text { h.append((h[h.count - 1] &* Name.base) &+ UInt64(s.value)) }
            self.prefix = h
        }

        static let base: UInt64 = 1_000_003

        /// Hash of `text[a..<b]`.
        func hash(_ a: Int, _ b: Int) -> UInt64 {
            prefix[b] &- prefix[a] &* Name.power(b - a)
        }

        static func power(_ n: Int) -> UInt64 {
            if n < powers.count { return powers[n] }
            var p: UInt64 = 1
            for _ in 0..<n { p = p &* base }
            return p
        }

        private static let powers: [UInt64] = {
            var out: [UInt64] = [1]
            for _ in 0..<256 { out.append(out[out.count - 1] &* base) }
            return out
        }()
    }

    /// A half of a name of some length, front or back, folded into one number.
    private static func halfKey(length: Int, front: Bool, hash: UInt64) -> UInt64 {
        (hash &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(length) << 1 | (front ? 1 : 0))
    }

    static func run(_ ctx: CheckContext, into out: inout [Diagnostic]) {
        let names = collect(ctx.delegation)
        guard names.count > 1 else { return }
        // Pigeonhole: two strings of length n that differ in one place agree on their first
        // half or on their second, so index whole names by each half and compare only those.
        var index: [UInt64: [Int]] = [:]
        var lengths: Set<Int> = []
        for (i, n) in names.enumerated() {
            let len = n.text.count
            let h = len / 2
            index[halfKey(length: len, front: true, hash: n.hash(0, h)), default: []].append(i)
            index[halfKey(length: len, front: false, hash: n.hash(h, len)), default: []].append(i)
            lengths.insert(len)
        }
        let sortedLengths = lengths.sorted()
        var seen: Set<[String]> = []
        for (j, other) in names.enumerated() {
            let total = other.text.count
            for length in sortedLengths {
                guard length <= total else { break }
                // Titles are compared whole: skip the shorter lengths (sorted ascending, so not a break).
                if length < total && !other.isOrganisation { continue }
                let ends = length == total ? 1 : 2
                for e in 0..<ends {
                    let start = e == 0 ? 0 : total - length
                    let h = length / 2
                    for side in 0..<2 {
                        let key =
                            side == 0
                            ? halfKey(length: length, front: true, hash: other.hash(start, start + h))
                            : halfKey(length: length, front: false, hash: other.hash(start + h, start + length))
                        guard let candidates = index[key] else { continue }
                        let part = other.text[start..<(start + length)]
                        for i in candidates where i != j {
                            let a = names[i]
                            guard let at = oneHanApart(a.text[...], part) else { continue }
                            // Inside a longer name the shorter one must keep its own ending
                            // (市場, 部): 宮崎縣廳 is not 宮崎縣環境森林部 cut short.
                            if length < total, start == 0 ? at > length - 3 : at < 2 { continue }
                            // A difference in the word that says what the body is names two
                            // bodies, not one written two ways: 首爾市政府 / 首爾市政廳.
                            if differInKindWord(a.text[...], part, at: at) { continue }
                            let pair = [String(String.UnicodeScalarView(a.text)), String(String.UnicodeScalarView(part))].sorted()
                            guard seen.insert(pair).inserted else { continue }
                            report(a, other, pair: pair, ctx, &out)
                        }
                    }
                }
            }
        }
    }

    private static func report(_ a: Name, _ b: Name, pair: [String], _ ctx: CheckContext, _ out: inout [Diagnostic]) {
        let items = [a.item, b.item].compactMap { $0 }
        var unique: [String] = []
        for id in items where !unique.contains(id) { unique.append(id) }
        out.append(
            Diagnostic(
                code: .nameVariants,
                severity: .warning,
                items: unique,
                message: LocalizedText(
                    zh: "同一名稱似乎有兩種寫法：「\(pair[0])」與「\(pair[1])」。",
                    en: "One name seems written two ways: \"\(pair[0])\" and \"\(pair[1])\"."
                ),
                fix: LocalizedText(
                    zh: "統一寫法（以對方正式名稱為準）。",
                    en: "Use one spelling throughout (the organisation's own)."
                )
            )
        )
    }

    /// Words that end a name and say what the body is (an office, a building, a site).
    static let kindWords: Set<String> = [
        "府", "廳", "庁", "館", "部", "局", "處", "署", "院", "所", "會", "社", "校", "園", "站", "場", "堂", "宮", "寺",
        "店", "廠", "室", "樓", "塔", "橋", "港", "城", "殿", "廟", "祠", "碑", "市", "縣", "県", "區", "町", "村",
        "政府", "政廳", "市廳", "會館", "大樓", "廣場", "公園", "車站", "機場", "市場", "大學", "學院", "中心", "醫院",
        "銀行", "公司", "學校", "議會", "法院", "公所", "會所", "劇院", "書館", "物館", "術館", "球場", "工廠",
    ]

    /// True when the one differing character lies in a word ending both names that says what
    /// each is, and both such words are kind words.
    private static func differInKindWord(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>, at: Int) -> Bool {
        let n = a.count
        for w in 1...min(3, n) where at >= n - w {
            let x = String(String.UnicodeScalarView(a.suffix(w)))
            let y = String(String.UnicodeScalarView(b.suffix(w)))
            if x != y, kindWords.contains(x), kindWords.contains(y) { return true }
        }
        return false
    }

    /// Same length, exactly one position differs, and both characters there are Han
    /// (so 1 館 / 2 館 or A 館 / B 館 are different things, not variants): that position.
    private static func oneHanApart(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int? {
        guard a.count == b.count else { return nil }
        var at: Int?
        for (k, (x, y)) in zip(a, b).enumerated() where x != y {
            if at != nil || !TextScan.isHan(x) || !TextScan.isHan(y) { return nil }
            at = k
        }
        return at
    }

    /// Names of organisations, places and people, at least four characters with some Han. Local
    /// names are left out: 木脇産業 beside 木脇產業 is the Japanese spelling, not a slip.
    static func collect(_ d: Delegation) -> [Name] {
        var out: [Name] = []
        var seen: [UInt64: Int] = [:]
        func add(_ text: String?, _ item: String?, organisation: Bool = false) {
            guard let text else { return }
            // Hash the UTF-8 bytes first and build arrays only for names not seen yet (most
            // repeat: hosts, organisations). Lead bytes E3–E9 start U+3000–U+9FFF: a cheap
            // "may have Han" test, made exact below.
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            var count = 0
            var han = false
            var copy = text
            copy.withUTF8 { bytes in
                for b in bytes {
                    h = (h ^ UInt64(b)) &* 0x100_0000_01B3
                    if b & 0xC0 != 0x80 { count += 1 }
                    if b >= 0xE3 && b <= 0xE9 { han = true }
                }
            }
            guard count >= 4, han else { return }
            let key = h ^ UInt64(count)
            if let k = seen[key] {
                // Seen before (say as a title): it is searchable once any field calls it an organisation.
                if organisation { out[k].isOrganisation = true }
                return
            }
            seen[key] = out.count
            let scalars = Array(TextScan.trimmed(text).unicodeScalars)
            guard scalars.count >= 4, scalars.contains(where: TextScan.isHan) else {
                seen[key] = nil
                return
            }
            var name = Name(text: scalars, item: item)
            name.isOrganisation = organisation
            out.append(name)
        }
        for e in d.events {
            add(e.title, e.id)
            add(e.host, e.id, organisation: true)
            for c in e.counterparts {
                add(c.name, e.id)
                add(c.organisation, e.id, organisation: true)
            }
        }
        for p in d.places {
            add(p.name, nil)
            add(p.organisation, nil, organisation: true)
        }
        return out
    }
}
