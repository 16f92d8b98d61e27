import TripModel

/// Why a file given as a plan cannot be read as one: what the file is, and what is expected
/// (a UTF-8 text file in YAML).
public enum PlanFileProblem: Hashable, Sendable {
    /// Nothing at that path.
    case notFound(String)
    /// The path is a folder.
    case folder(String)
    /// Symbolic links that lead back to themselves.
    case symlinkLoop(String)
    /// A device, pipe or socket.
    case notRegular(String)
    /// The file exists but may not be read.
    case noPermission(String)
    /// Larger than any plan (`PlanLimits.maximumFileBytes`).
    case tooLarge(bytes: Int, limit: Int)
    /// Saved as UTF-16 (Windows Notepad's "Unicode"), with or without a byte-order mark.
    case utf16(bigEndian: Bool, byteOrderMark: Bool)
    /// Saved as UTF-32.
    case utf32
    /// Bytes that are not UTF-8 (often Big5 from an older editor); `byte` is the first one.
    case invalidUTF8(byte: UInt8)
    /// Not text at all; `kind` names the file type when its signature is known.
    case binary(kind: LocalizedText?)
    /// A raw control character in the text, which YAML does not allow.
    case controlCharacter(UInt32)
    /// Nothing but white space and comments.
    case empty

    /// What the file is and what to do.
    public var message: LocalizedText {
        switch self {
        case let .notFound(path):
            return LocalizedText(
                zh: "找不到檔案「\(path)」。請確認路徑與檔名（計畫檔多為 .yaml）。",
                en: "no file at '\(path)'. Check the path and the file name (plan files usually end in .yaml)."
            )
        case let .folder(path):
            return LocalizedText(
                zh: "「\(path)」是資料夾，不是計畫檔。請指定資料夾中的 .yaml 計畫檔。",
                en: "'\(path)' is a folder, not a plan file. Name the .yaml plan file inside it."
            )
        case let .symlinkLoop(path):
            return LocalizedText(
                zh: "「\(path)」是循環的符號連結（連結最後又指回自己），找不到實際的檔案。請改用計畫檔的實際路徑。",
                en: "'\(path)' is a loop of symbolic links that never reaches a file. Give the plan file's real path."
            )
        case let .notRegular(path):
            return LocalizedText(
                zh: "「\(path)」不是一般檔案（是裝置、管線或通訊端）。請指定 .yaml 計畫檔。",
                en: "'\(path)' is not a regular file (a device, pipe or socket). Name a .yaml plan file."
            )
        case let .noPermission(path):
            return LocalizedText(
                zh: "沒有讀取「\(path)」的權限。請調整檔案權限，或把檔案複製到您可讀取的位置。",
                en: "no permission to read '\(path)'. Change its permissions, or copy it somewhere you can read."
            )
        case let .tooLarge(bytes, limit):
            return LocalizedText(
                zh: "檔案有 \(bytes / 1_048_576) MB，超過計畫檔上限 \(limit / 1_048_576) MB，不像是計畫檔。請確認選的是 .yaml 計畫檔。",
                en:
                    "the file is \(bytes / 1_048_576) MB, over the \(limit / 1_048_576) MB limit for a plan: it does not look like one. Check that this is the .yaml plan file."
            )
        case let .utf16(bigEndian, bom):
            let order = bigEndian ? "UTF-16 BE" : "UTF-16 LE"
            return LocalizedText(
                zh: "檔案是以 \(order)\(bom ? "" : "（無 BOM）") 存檔（記事本的「Unicode」），計畫檔須為 UTF-8。請在編輯器以「UTF-8」編碼另存新檔後再試。",
                en:
                    "the file is saved as \(order)\(bom ? "" : " without a byte-order mark") (Notepad's \"Unicode\"); a plan must be UTF-8. Save it again with the UTF-8 encoding and retry."
            )
        case .utf32:
            return LocalizedText(
                zh: "檔案是以 UTF-32 存檔，計畫檔須為 UTF-8。請在編輯器以「UTF-8」編碼另存新檔後再試。",
                en: "the file is saved as UTF-32; a plan must be UTF-8. Save it again with the UTF-8 encoding and retry."
            )
        case let .invalidUTF8(byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return LocalizedText(
                zh: "這裡的位元組 0x\(hex) 不是 UTF-8 文字：檔案多半是以 Big5 或其他編碼存檔。請在編輯器以「UTF-8」編碼另存新檔後再試。",
                en:
                    "the byte 0x\(hex) here is not UTF-8 text: the file was probably saved as Big5 or another encoding. Save it again with the UTF-8 encoding and retry."
            )
        case let .binary(kind):
            let zhKind = kind.map { "（看來是\($0.zh)）" } ?? ""
            let enKind = kind.map { " (it looks like \($0.en))" } ?? ""
            return LocalizedText(
                zh: "這不是文字檔\(zhKind)，計畫檔須為 UTF-8 的 YAML 文字檔。請確認選的是 .yaml 計畫檔。",
                en: "this is not a text file\(enKind); a plan is a UTF-8 YAML text file. Check that this is the .yaml plan file."
            )
        case let .controlCharacter(code):
            let name = FieldText.codePoint(code)
            return LocalizedText(
                zh: "檔案含有控制字元 \(name)，YAML 不允許（多半是從其他程式複製時帶入）。請刪除該字元；需要時請在雙引號中以 \\u 寫出。",
                en:
                    "the file contains the control character \(name), which YAML does not allow (it usually comes from copying out of another program). Delete it; write it as a \\u escape inside double quotes if it is really meant."
            )
        case .empty:
            return LocalizedText(
                zh: "檔案沒有內容。計畫檔至少要有 tripwright: 1、id、title 等欄位，請參考 docs/plan-format.md 或以 tripwright export 匯出的檔案。",
                en:
                    "the file has no content. A plan needs at least tripwright: 1, id, title and the other required keys; see docs/plan-format.md or a file written by tripwright export."
            )
        }
    }
}
