import Foundation

/// Why the operating system refused a file operation, in words a user can act on (never the
/// raw NSError or errno text).
public enum FileProblem: Hashable, Sendable {
    /// No such file or folder.
    case notFound
    /// No permission.
    case permission
    /// The file system is mounted read-only.
    case readOnlyFileSystem
    /// No space left (or a quota or file-size limit was reached).
    case diskFull
    /// A folder where a file was expected.
    case isFolder
    /// Anything else, by errno.
    case other(Int32)

    /// The problem behind an error thrown by Foundation or a POSIX call.
    public static func of(_ error: any Error) -> FileProblem {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return of(errno: Int32(clamping: ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return of(errno: Int32(clamping: underlying.code))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return .notFound
        case .fileReadNoPermission, .fileWriteNoPermission: return .permission
        case .fileWriteVolumeReadOnly: return .readOnlyFileSystem
        case .fileWriteOutOfSpace: return .diskFull
        default: return .other(Int32(clamping: ns.code))
        }
    }

    /// The problem for an errno value.
    public static func of(errno code: Int32) -> FileProblem {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case EACCES, EPERM: return .permission
        case EROFS: return .readOnlyFileSystem
        case ENOSPC, EDQUOT, EFBIG: return .diskFull
        case EISDIR: return .isFolder
        default: return .other(code)
        }
    }

    /// What it means, without jargon.
    public var message: LocalizedText {
        switch self {
        case .notFound: return LocalizedText(zh: "檔案或資料夾不存在", en: "no such file or folder")
        case .permission: return LocalizedText(zh: "沒有權限", en: "permission denied")
        case .readOnlyFileSystem: return LocalizedText(zh: "磁碟為唯讀", en: "the disk is read-only")
        case .diskFull: return LocalizedText(zh: "磁碟空間已滿", en: "the disk is full")
        case .isFolder: return LocalizedText(zh: "這是資料夾，不是檔案", en: "it is a folder, not a file")
        case let .other(code): return LocalizedText(zh: "系統錯誤（代碼 \(code)）", en: "system error (code \(code))")
        }
    }
}
