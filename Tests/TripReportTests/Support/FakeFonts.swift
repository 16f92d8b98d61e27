@testable import TripReport

/// Fonts as a test says they are: installed families with the characters they cover, and what
/// fontconfig would substitute for a name.
struct FakeFonts: FontLookup {
    /// Installed families and the characters each covers (an empty set covers every character).
    var installed: [String: Set<Unicode.Scalar>] = [:]
    var substitutes: [String: String] = [:]
    func isInstalled(_ family: String) -> Bool { installed[family] != nil }
    func substitute(for family: String, lang: String) -> String? { substitutes[family] }
    func has(_ scalar: Unicode.Scalar, in family: String) -> Bool {
        guard let set = installed[family] else { return false }
        return set.isEmpty || set.contains(scalar)
    }
    func anyFamily(with scalar: Unicode.Scalar) -> String? {
        installed.keys.sorted().first { has(scalar, in: $0) }
    }
}
