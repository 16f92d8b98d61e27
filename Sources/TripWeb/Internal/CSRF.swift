import Crypto
import Foundation
import TripModel

/// CSRF tokens: an HMAC of the browser's binding secret (the session's CSRF secret once signed in,
/// else a random cookie) under a server key kept in the database. Forms carry the token; every
/// post is refused unless it matches.
struct CSRF: Sendable {
    let secret: Data

    init(serverSecret: String) { secret = Data(serverSecret.utf8) }

    func token(binding: String) -> String {
        Hex.lowercase(HMAC<SHA256>.authenticationCode(for: Data(binding.utf8), using: SymmetricKey(data: secret)))
    }

    /// Compares in constant time.
    func verify(_ token: String?, binding: String) -> Bool {
        guard let token else { return false }
        let expected = Array(self.token(binding: binding).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
