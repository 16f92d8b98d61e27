/// A plan's overrides for the checks: rules turned off, thresholds changed, and diagnostics
/// acknowledged on one item with a written reason.
public struct CheckSettings: Hashable, Sendable {
    /// Rule codes and rule names turned off for this plan (`DiagnosticCode.switchableNames`).
    public var disabled: [String]
    /// Thresholds changed from their defaults.
    public var numbers: [Threshold: Double]
    /// Diagnostics accepted on one item each.
    public var acknowledgements: [Acknowledgement]

    /// Creates settings.
    public init(disabled: [String] = [], numbers: [Threshold: Double] = [:], acknowledgements: [Acknowledgement] = []) {
        self.disabled = disabled
        self.numbers = numbers
        self.acknowledgements = acknowledgements
    }

    /// True when nothing is overridden.
    public var isEmpty: Bool { disabled.isEmpty && numbers.isEmpty && acknowledgements.isEmpty }

    /// The codes `disabled` turns off: each code named, every code of each rule named, a name an
    /// older version accepted read as the one that replaced it. A name no code or rule has turns
    /// nothing off (the plan reader refuses it where it is written).
    public var switchedOff: Set<DiagnosticCode> {
        let names = Set(disabled.map { DiagnosticCode.formerNames[$0] ?? $0 })
        return Set(DiagnosticCode.allCases.filter { $0.isOff(in: names) })
    }

    /// The value of a threshold the checks use: the plan's, clamped into the threshold's range
    /// (a value an older version stored may be out of range or not a number), else the default.
    public func number(_ threshold: Threshold) -> Double {
        numbers[threshold].map(threshold.clamped) ?? threshold.defaultValue
    }
}

/// One diagnostic accepted on one item, with the reason the report can list.
public struct Acknowledgement: Hashable, Sendable {
    /// The rule code, e.g. `closed-day`.
    public var code: String
    /// The id of the item it applies to.
    public var item: String
    /// Why it is accepted.
    public var reason: String

    /// The code as the checks know it; nil for one no check has (the plan reader refuses it).
    public var diagnosticCode: DiagnosticCode? { DiagnosticCode(rawValue: code) }

    /// Creates an acknowledgement.
    public init(code: String, item: String, reason: String) {
        self.code = code
        self.item = item
        self.reason = reason
    }
}
