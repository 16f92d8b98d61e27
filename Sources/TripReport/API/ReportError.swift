import Foundation
import TripMedia
import TripModel

/// What can go wrong making a report, each with what to do about it.
public enum ReportError: UserFacingError, Equatable, CustomStringConvertible {
    /// Files of the templates folder that are missing or malformed, each with where.
    case templates([TemplateProblem])
    /// No report kind with that id.
    case unknownKind(String, known: [String])
    /// A format name that is not one of ours.
    case unknownFormat(String)
    /// LibreOffice is not installed.
    case libreOfficeMissing
    /// LibreOffice could not be started (the program, and why).
    case conversionNotStarted(String, FileProblem)
    /// LibreOffice ran but did not produce the file (the file, and what LibreOffice printed).
    case conversionFailed(String, String)
    /// libvips or the photo cache failed (not one photo: the machine).
    case photo(String, PhotoFailure)
    /// One photo or clipping cannot be put in the report (missing, damaged); a report shows a
    /// prompt in its place instead of failing.
    case unreadablePhoto(MediaProblem)
    /// An output file could not be written.
    case write(String, FileProblem)

    /// The message with every file named, for the person who ran the command on this machine.
    public var message: LocalizedText {
        switch self {
        case let .templates(problems):
            let lines = problems.map { p in
                LocalizedText(
                    zh: "報告樣板有問題：\(p.location)：\(p.detail.zh)。請修正該檔，或以 --templates 指定完整的樣板資料夾。",
                    en: "templates: \(p.location): \(p.detail.en). Fix that file, or pass --templates with a complete templates folder."
                )
            }
            return LocalizedText(zh: lines.map(\.zh).joined(separator: "\n"), en: lines.map(\.en).joined(separator: "\n"))
        case let .unknownKind(id, known):
            return LocalizedText(
                zh: "沒有報告種類「\(id)」；可用：\(known.joined(separator: "、"))。",
                en: "unknown report kind '\(id)'; known kinds: \(known.joined(separator: ", "))"
            )
        case let .unknownFormat(name):
            return LocalizedText(
                zh: "沒有「\(name)」格式；可用：\(ReportFormat.allCases.map(\.rawValue).joined(separator: ","))。",
                en: "unknown format '\(name)'; use any of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ","))"
            )
        case .libreOfficeMissing:
            return LocalizedText(
                zh: "產生 PDF 需要 LibreOffice（soffice），但找不到。請安裝（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或以 TRIPWRIGHT_SOFFICE 指定其路徑。",
                en: "PDF needs LibreOffice (soffice) and none was found; install it with "
                    + "`apt-get install libreoffice-writer-nogui` (Debian/Ubuntu), or set TRIPWRIGHT_SOFFICE to its path"
            )
        case let .conversionNotStarted(program, problem):
            return LocalizedText(
                zh: "無法啟動 LibreOffice（\(program)）：\(problem.message.zh)。請確認它已正確安裝，或以 TRIPWRIGHT_SOFFICE 指定其路徑。",
                en: "cannot start LibreOffice (\(program)): \(problem.message.en). Check that it is installed, or set TRIPWRIGHT_SOFFICE to its path."
            )
        case let .conversionFailed(file, output):
            return LocalizedText(
                zh: "LibreOffice 無法將 \(file) 轉為 PDF：\(output)",
                en: "LibreOffice could not convert \(file) to PDF: \(output)"
            )
        case let .photo(path, failure):
            return LocalizedText(zh: "照片處理失敗：\(path)：\(failure.message.zh)", en: "photo \(path): \(failure.message.en)")
        case let .unreadablePhoto(problem):
            return problem.message
        case let .write(path, problem):
            return LocalizedText(
                zh: "無法寫入 \(path)：\(problem.message.zh)。請確認資料夾存在、可寫入且磁碟有空間。",
                en: "cannot write \(path): \(problem.message.en). Check that the folder exists, may be written and the disk has room."
            )
        }
    }

    /// The message as a web page shows it: no server path, no program output (they say nothing
    /// to the person at the browser and tell an attacker how the server is laid out). The
    /// server's log keeps `message`.
    public var publicMessage: LocalizedText {
        switch self {
        case .templates:
            LocalizedText(
                zh: "伺服器上的報告樣板有問題，無法產生報告。請通知系統管理者檢查樣板（詳情已記錄於伺服器日誌）。",
                en:
                    "The report templates on the server have a problem, so no report can be made. Ask the administrator to check them (the details are in the server's log)."
            )
        case .unknownKind, .unknownFormat, .unreadablePhoto:
            message
        case .libreOfficeMissing:
            LocalizedText(
                zh: "伺服器沒有安裝 LibreOffice，無法產生 PDF。請改下載 ODT 或 DOCX，或請系統管理者安裝 LibreOffice。",
                en:
                    "LibreOffice is not installed on the server, so there is no PDF. Download the ODT or DOCX instead, or ask the administrator to install LibreOffice."
            )
        case .conversionNotStarted, .conversionFailed:
            LocalizedText(
                zh: "LibreOffice 無法將報告轉為 PDF。請改下載 ODT 或 DOCX；若持續發生，請通知系統管理者（詳情已記錄於伺服器日誌）。",
                en:
                    "LibreOffice could not turn the report into a PDF. Download the ODT or DOCX instead; if it keeps happening, tell the administrator (the details are in the server's log)."
            )
        case .photo:
            LocalizedText(
                zh: "伺服器無法處理照片（影像程式庫或照片快取有問題）。請通知系統管理者（詳情已記錄於伺服器日誌）。",
                en:
                    "The server could not process photos (the image library or the photo cache failed). Tell the administrator (the details are in the server's log)."
            )
        case .write:
            LocalizedText(
                zh: "伺服器無法寫入報告檔（可能是磁碟已滿）。請稍後再試，或通知系統管理者（詳情已記錄於伺服器日誌）。",
                en:
                    "The server could not write the report file (the disk may be full). Try again later, or tell the administrator (the details are in the server's log)."
            )
        }
    }

    /// The English message (logs, and tests that read it).
    public var description: String { message.en }
}
