/// The one guard for redirect targets taken from a request (`next` after sign-in, `back` after
/// a form): only a path on this site passes. Browsers remove tabs and line breaks from a URL,
/// read `\` as `/`, and some servers and proxies decode `%2F` and `%5C`; so `/<TAB>/evil.example`,
/// `/\evil.example` or `/%2F/evil.example` would leave the site although they start with one
/// slash. Anything but printable ASCII, a second slash after the first, a backslash, and any
/// percent-encoded slash, backslash or control character is refused.
enum LocalRedirect {
    /// Longest target kept.
    static let maximumLength = 2048

    /// The target when it is a local path, else nil.
    static func path(_ text: String?) -> String? {
        guard let text, text.utf8.count <= maximumLength else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        if bytes.count > 1 && (bytes[1] == UInt8(ascii: "/") || bytes[1] == UInt8(ascii: "\\")) { return nil }
        let refused = Set("\\\"<>^`{|} ".utf8)
        for (i, b) in bytes.enumerated() {
            guard b > 0x20, b < 0x7F, !refused.contains(b) else { return nil }
            if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let code = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) else {
                    return nil
                }
                if code < 0x21 || code == 0x7F || code == UInt8(ascii: "/") || code == UInt8(ascii: "\\") { return nil }
            }
        }
        return text
    }

    /// The target when local, else `fallback`.
    static func path(_ text: String?, or fallback: String) -> String {
        path(text) ?? fallback
    }
}
