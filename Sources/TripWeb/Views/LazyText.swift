/// A text made the first time it is asked for, then kept: the CSRF token of a page, which a
/// page without a form never needs (one HMAC per request saved on those).
final class LazyText {
    private let make: () -> String
    private var made: String?

    /// A text `make` will produce when first asked.
    init(_ make: @escaping () -> String) { self.make = make }

    /// The text, made on the first call.
    var value: String {
        if let made { return made }
        let text = make()
        made = text
        return text
    }
}
