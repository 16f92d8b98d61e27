import Hummingbird
import TripApp
import TripModel

/// An error that reaches the browser as a page with an explicit HTTP status and a message in
/// both languages.
struct WebError: UserFacingError {
    /// The HTTP status.
    var status: HTTPResponse.Status
    /// What went wrong and what to do.
    var message: LocalizedText

    /// An error with its status and message.
    init(status: HTTPResponse.Status, message: LocalizedText) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> WebError {
        WebError(status: .notFound, message: AppError.notFound(what).message)
    }

    static let forbidden = WebError(status: .forbidden, message: AppError.forbidden.message)

    static let csrf = WebError(
        status: .forbidden,
        message: LocalizedText(
            zh: "表單已過期或來源不明（CSRF 驗證失敗），請重新整理頁面後再送出。",
            en: "The form is stale or did not come from this site (CSRF check failed); reload the page and submit again."
        )
    )

    static let signInFirst = WebError(status: .unauthorized, message: LocalizedText(zh: "請先登入。", en: "Sign in first."))

    static let unreadableForm = WebError(status: .badRequest, message: LocalizedText(zh: "表單格式錯誤。", en: "The form could not be read."))

    /// A form posted without the revision it was opened with (`retry`: the page says try, not edit).
    static func missingRevision(retry: Bool = false) -> WebError {
        WebError(
            status: .badRequest,
            message: retry
                ? LocalizedText(zh: "表單缺少版本資訊，請重新整理頁面後再試。", en: "The form has no revision; reload the page and try again.")
                : LocalizedText(zh: "表單缺少版本資訊，請重新整理頁面後再修改。", en: "The form has no revision; reload the page and edit again.")
        )
    }

    static let missingNoteRevision = WebError(status: .badRequest, message: LocalizedText(zh: "缺少筆記版本。", en: "The note's revision is missing."))

    static let noPlanFile = WebError(status: .badRequest, message: LocalizedText(zh: "請選擇計畫檔。", en: "Choose a plan file."))

    static func tooLarge(limit: Int) -> WebError {
        let mb = max(1, limit / 1_048_576)
        return WebError(
            status: .contentTooLarge,
            message: LocalizedText(
                zh: "上傳的內容太大：每次最多 \(mb) MB。請分批上傳，或先縮小照片。",
                en: "The upload is too large: at most \(mb) MB at a time. Send fewer files at once, or smaller photos."
            )
        )
    }

    /// A photo or clipping that does not decode: 415 when it is not an image we take, 413 when
    /// too large, else 422; the message names the file and says what to do.
    static func media(_ problem: MediaProblem) -> WebError {
        switch problem.reason {
        case .notAnImage: unsupportedType(problem.name)
        case .tooLarge: WebError(status: .contentTooLarge, message: problem.message)
        default: WebError(status: .unprocessableContent, message: problem.message)
        }
    }

    static func unsupportedType(_ name: String) -> WebError {
        WebError(
            status: .unsupportedMediaType,
            message: LocalizedText(
                zh: "「\(name)」不是可接受的圖片（JPEG、PNG、HEIC、WebP）。",
                en: "'\(name)' is not an accepted image (JPEG, PNG, HEIC, WebP)."
            )
        )
    }

    /// The request could not be handled (a status Hummingbird chose).
    static func unhandled(_ status: HTTPResponse.Status) -> WebError {
        WebError(status: status, message: LocalizedText(zh: "請求無法處理（\(status.code)）。", en: "The request could not be handled (\(status.code))."))
    }

    /// What a use case refused or failed with, as a page: its status and the message without
    /// server paths or program output.
    init(_ error: AppError) {
        switch error {
        case let .store(e): self.init(status: WebError.status(of: e), message: error.publicMessage)
        case let .media(p): self = .media(p)
        case let .report(e):
            self.init(
                status: e == .libreOfficeMissing ? .serviceUnavailable : .internalServerError,
                message: LocalizedText(zh: "無法產生報告：", en: "The report could not be made:").appending(e.publicMessage)
            )
        case .templates, .unexpected: self.init(status: .internalServerError, message: error.publicMessage)
        case .noteConflict, .captionConflict, .proseConflict, .eventConflict, .memberConflicts, .memberChanged, .loggedConflict, .itemConflict,
            .orderConflict, .headerConflict:
            self.init(status: .conflict, message: error.publicMessage)
        case let .correction(e):
            switch e {
            case .noSuchItem, .noSuchChange: self.init(status: .notFound, message: error.publicMessage)
            case .alreadyUndone: self.init(status: .conflict, message: error.publicMessage)
            case .sameEvent, .wrongKind, .atEnd, .pressFields, .noPlaceholder: self.init(status: .unprocessableContent, message: error.publicMessage)
            }
        case let .outline(problem):
            if case .changedMeanwhile = problem {
                self.init(status: .conflict, message: error.publicMessage)
            } else {
                self.init(status: .unprocessableContent, message: error.publicMessage)
            }
        case .forbidden: self = .forbidden
        case .notFound, .notAMember, .unknownReportKind: self.init(status: .notFound, message: error.publicMessage)
        case .plan, .refused, .refusedFile, .refusedRows, .pressIncomplete, .nothingToChange:
            self.init(status: .unprocessableContent, message: error.publicMessage)
        }
    }

    /// The HTTP status of a store error: missing things 404, a clash with what is stored 409, a
    /// write over a delegation the user only reads 403, a store that cannot be written now 503, a store that cannot be used 500, the rest 422.
    static func status(of e: StoreError) -> HTTPResponse.Status {
        switch e {
        case .noSuchDelegation, .noSuchEvent, .noSuchMember, .noSuchPhoto, .noSuchPress, .noSuchUser, .noSuchReflection, .noSuchItem: .notFound
        case .idTaken, .memberInUse, .eventHolds: .conflict
        case .mayNotEdit: .forbidden
        case .readOnly, .readNeedsFolderAccess, .diskFull, .busy, .ioError, .fileNotStored, .folderNotCreated: .serviceUnavailable
        case .damaged, .schemaDamaged, .notADatabase, .corrupt, .unknownCode, .newerSchema, .needsUpgrade, .databaseMissing, .databaseIsFolder,
            .noHome:
            .internalServerError
        default: .unprocessableContent
        }
    }
}
