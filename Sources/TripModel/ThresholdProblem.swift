/// Why a number cannot be a threshold's value.
public enum ThresholdProblem: Hashable, Sendable {
    /// `nan`, `inf` or too large to be a number at all.
    case notFinite
    /// Below or above the threshold's range; `nearest` is the closest value allowed.
    case outOfRange(nearest: Double)
    /// A fraction where only whole numbers make sense.
    case notWhole(nearest: Double)

    /// What is wrong, with the range and the value to write instead.
    public func message(_ threshold: Threshold, written: String) -> LocalizedText {
        let unit = threshold.unit.name
        let low = Threshold.format(threshold.range.lowerBound)
        let high = Threshold.format(threshold.range.upperBound)
        let range = LocalizedText(zh: "\(low) 到 \(high) \(unit.zh)", en: "\(low) to \(high) \(unit.en)")
        let fallback = Threshold.format(threshold.defaultValue)
        switch self {
        case .notFinite:
            return LocalizedText(
                zh: "檢查設定「\(threshold.rawValue)」的值「\(written)」不是有限的數字。可用範圍為 \(range.zh)，預設為 \(fallback)；請寫這範圍內的數字，或刪除此設定以使用預設值。",
                en:
                    "check setting '\(threshold.rawValue)' is '\(written)', which is not a finite number. It takes \(range.en) (default \(fallback)); write a number in that range, or delete the setting to use the default."
            )
        case let .outOfRange(nearest):
            let n = Threshold.format(nearest)
            return LocalizedText(
                zh: "檢查設定「\(threshold.rawValue)」的值 \(written) 超出範圍：可用 \(range.zh)（預設 \(fallback)）。請改為範圍內的值，最接近的是 \(n)。",
                en:
                    "check setting '\(threshold.rawValue)' is \(written), outside its range of \(range.en) (default \(fallback)). The nearest valid value is \(n)."
            )
        case let .notWhole(nearest):
            let n = Threshold.format(nearest)
            return LocalizedText(
                zh: "檢查設定「\(threshold.rawValue)」只能是整數（\(range.zh)），\(written) 不是。請改為整數，最接近的是 \(n)。",
                en:
                    "check setting '\(threshold.rawValue)' takes whole numbers only (\(range.en)); \(written) is not. The nearest valid value is \(n)."
            )
        }
    }
}

extension Threshold {
    /// `90`, `1.3`: a value as a plan would write it.
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return String(x) }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
