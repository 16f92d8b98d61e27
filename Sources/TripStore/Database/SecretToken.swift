import Crypto
import Foundation
import TripModel

/// Random secrets (sign-in codes, session and calendar tokens) and their stored SHA-256 digests.
public enum SecretToken {
    /// `bytes` random bytes as lower-case hex.
    public static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.lowercase((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// A sign-in code people can type: 12 characters from an alphabet without look-alikes, in
    /// groups of four (`K7QF-2M9X-PD4T`).
    public static func signInCode() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let chars = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 12, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The form a typed code is compared in: upper case, no spaces or dashes.
    public static func normalisedCode(_ text: String) -> String {
        text.uppercased().filter { $0.isLetter || $0.isNumber }
    }

    /// SHA-256 of the text as lower-case hex.
    public static func digest(_ text: String) -> String {
        Hex.lowercase(SHA256.hash(data: Data(text.utf8)))
    }
}
