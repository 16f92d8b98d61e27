import Foundation

extension String {
    /// Without surrounding whitespace and newlines.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Nil when empty.
    var nonEmpty: String? { isEmpty ? nil : self }

    /// Characters in the CJK ideograph blocks, as the 200–300 character rule counts them.
    var cjkCount: Int {
        unicodeScalars.filter {
            (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value)
                || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x2FA1F).contains($0.value)
        }.count
    }
}
