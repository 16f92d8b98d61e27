import Hummingbird
import TripMedia
import TripModel

/// An error that reaches the browser as a page with an explicit HTTP status and a message in
/// both languages.
struct WebError: Error, Sendable {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// Traditional Chinese message.
    var zh: String
    /// English message.
    var en: String

    func text(_ lang: Lang) -> String { lang == .zh ? zh : en }

    static func notFound(_ what: String) -> WebError {
        WebError(status: .notFound, zh: "找不到「\(what)」。", en: "'\(what)' was not found.")
    }

    static let forbidden = WebError(status: .forbidden, zh: "您的帳號沒有這項權限。", en: "Your account may not do this.")

    static let csrf = WebError(status: .forbidden, zh: "表單已過期或來源不明（CSRF 驗證失敗），請重新整理頁面後再送出。",
                               en: "The form is stale or did not come from this site (CSRF check failed); reload the page and submit again.")

    static func badRequest(_ zh: String, _ en: String) -> WebError { WebError(status: .badRequest, zh: zh, en: en) }

    static func tooLarge(limit: Int) -> WebError {
        let mb = max(1, limit / 1_048_576)
        return WebError(status: .contentTooLarge, zh: "上傳的內容太大：每次最多 \(mb) MB。請分批上傳，或先縮小照片。",
                        en: "The upload is too large: at most \(mb) MB at a time. Send fewer files at once, or smaller photos.")
    }

    /// A photo or clipping that does not decode: 415 when it is not an image we take, 413 when
    /// too large, else 422; the message names the file and says what to do.
    static func media(_ problem: MediaProblem) -> WebError {
        switch problem.reason {
        case .notAnImage: return unsupportedType(problem.name)
        case .tooLarge: return WebError(status: .contentTooLarge, zh: problem.message.zh, en: problem.message.en)
        default: return WebError(status: .unprocessableContent, zh: problem.message.zh, en: problem.message.en)
        }
    }

    static func unsupportedType(_ name: String) -> WebError {
        WebError(status: .unsupportedMediaType, zh: "「\(name)」不是可接受的圖片（JPEG、PNG、HEIC、WebP）。",
                 en: "'\(name)' is not an accepted image (JPEG, PNG, HEIC, WebP).")
    }
}
