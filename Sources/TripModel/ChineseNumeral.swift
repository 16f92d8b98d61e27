/// Chinese numerals for section numbers: 壹、貳、參 (formal), 一、二、三 (plain).
public enum ChineseNumeral {
    private static let plainDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let formalDigits = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"]

    /// 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五. Numbers below 1 give their digits.
    public static func plain(_ n: Int) -> String { render(n, digits: plainDigits, ten: "十", hundred: "百") }

    /// 1 → 壹, 10 → 拾, 15 → 拾伍, 20 → 貳拾.
    public static func formal(_ n: Int) -> String { render(n, digits: formalDigits, ten: "拾", hundred: "佰") }

    private static func render(_ n: Int, digits: [String], ten: String, hundred: String) -> String {
        guard n > 0, n < 1000 else { return String(n) }
        let h = n / 100
        let t = (n / 10) % 10
        let u = n % 10
        var out = ""
        if h > 0 { out += digits[h] + hundred }
        if t > 0 {
            // 十五, but 一百一十五.
            if !(t == 1 && h == 0) { out += digits[t] }
            out += ten
        } else if h > 0 && u > 0 {
            out += digits[0]
        }
        if u > 0 { out += digits[u] }
        return out
    }
}
