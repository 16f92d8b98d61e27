import HTTPTypes

/// Header names HTTPTypes has no constant for.
enum HeaderNames {
    static let frameOptions = HTTPField.Name("X-Frame-Options") ?? .contentSecurityPolicy
    static let referrerPolicy = HTTPField.Name("Referrer-Policy") ?? .contentSecurityPolicy
    static let csrfToken = HTTPField.Name("X-CSRF-Token") ?? .contentSecurityPolicy
}
