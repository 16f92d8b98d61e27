import TripModel

/// Generates section numbers in the government style: 壹、 / 一、 / (一) / 1.
/// Numbers come from position only, so two sections can never share one.
public struct Numbering: Sendable {
    private var counters = [0, 0, 0, 0, 0]

    /// Creates a numbering starting before 壹.
    public init() {}

    /// The next number at `level` (1–4); deeper counters restart.
    public mutating func next(level: Int) -> String {
        let l = min(max(level, 1), counters.count) - 1
        counters[l] += 1
        for deeper in (l + 1)..<counters.count { counters[deeper] = 0 }
        return Numbering.label(counters[l], level: l + 1)
    }

    /// The printed label of number `n` at `level`.
    public static func label(_ n: Int, level: Int) -> String {
        switch level {
        case 1: ChineseNumeral.formal(n) + "、"
        case 2: ChineseNumeral.plain(n) + "、"
        case 3: "(" + ChineseNumeral.plain(n) + ")"
        default: "\(n)."
        }
    }
}
