/// A sentence in zh-Hant and in English: the one type for every message, error and notice a
/// user reads (plan problems, store, report and web errors, CLI notices).
///
/// Build the two texts side by side where the message is written, so neither language can be
/// forgotten; render with `text(_:)` at the edge (CLI output, web page, report).
public struct LocalizedText: Hashable, Sendable, Codable {
    /// Traditional Chinese (Taiwan).
    public var zh: String
    /// English.
    public var en: String

    /// Creates a text in both languages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in a language.
    public func text(_ lang: Lang) -> String { lang == .zh ? zh : en }

    /// Both texts joined with another text's, with the separator the language uses
    /// (none in zh-Hant, one space in English).
    public func appending(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(zh: zh + other.zh, en: en.isEmpty ? other.en : (other.en.isEmpty ? en : en + " " + other.en))
    }
}

/// An error whose message a user reads in their language, with what to do about it.
public protocol UserFacingError: Error, Sendable {
    /// What went wrong and how to fix it, in both languages.
    var message: LocalizedText { get }
}

extension UserFacingError {
    /// The message in a language.
    public func text(_ lang: Lang) -> String { message.text(lang) }
}
