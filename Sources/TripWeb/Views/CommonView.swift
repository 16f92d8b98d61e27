import Mustache
import TripModel

/// The values every page's layout uses: words, language, the other language's switch, the
/// CSRF token of the browser's forms and the signed-in user.
struct CommonView: TemplateFields {
    /// The words of the pages in the page's language (`t.save`).
    let t: WordTable
    /// `zh-Hant-TW` or `en`.
    let lang: String
    /// The language to switch to.
    let otherLang: String
    /// Its name in itself (English / 中文).
    let otherLangName: String
    /// The token every form carries, made when a template first names `csrf` (`PageRoot`):
    /// a page without a form never derives it.
    let csrf: LazyText
    /// The signed-in user (nil for the local user of a server without sign-in).
    let user: User?

    func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "lang": lang
        case "otherLang": otherLang
        case "otherLangName": otherLangName
        case "csrf": csrf.value
        case "user": user
        default: nil
        }
    }

    /// The page's `lang` attribute.
    static func languageTag(_ lang: Lang) -> String {
        switch lang {
        case .zh: "zh-Hant-TW"
        case .en: "en"
        }
    }

    /// A language's name in itself, for the switch to it.
    static func languageName(_ lang: Lang) -> String {
        switch lang {
        case .zh: "中文"
        case .en: "English"
        }
    }

    /// The signed-in user's line in the header.
    struct User: TemplateFields {
        /// Their name.
        let name: String
        /// Their role in the page's language.
        let role: String

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "role": role
            default: nil
            }
        }
    }
}
