import TripModel

/// Why a photo or clipping image is not accepted, with what to do; `name` is the file as the
/// user knows it (the upload's name, the path given on the command line or in the plan).
public struct MediaProblem: UserFacingError, Hashable {
    /// What kind of failure it is.
    public enum Reason: Hashable, Sendable {
        /// The file cannot be opened or read (missing, a folder, no permission).
        case unreadable
        /// The bytes are not one of the accepted image formats.
        case notAnImage
        /// The format is recognised but the image cannot be decoded completely (cut short, damaged).
        case damaged
        /// A file larger than the data folder takes.
        case tooLarge(bytes: Int)
        /// More pixels than any photo has: refused before decoding.
        case tooManyPixels(width: Int, height: Int)
        /// libvips could not start on this machine.
        case decoderUnavailable
    }

    /// The file as the user named it.
    public var name: String
    /// What went wrong.
    public var reason: Reason

    /// Creates a problem.
    public init(name: String, reason: Reason) {
        self.name = name
        self.reason = reason
    }

    /// What is wrong and how to fix it, naming the file.
    public var message: LocalizedText {
        let n = name
        switch reason {
        case .unreadable:
            return LocalizedText(
                zh: "無法讀取檔案「\(n)」：檔案不存在、是資料夾或沒有讀取權限。請確認路徑後再試。",
                en: "cannot read the file '\(n)': it does not exist, is a folder, or may not be read. Check the path and try again."
            )
        case .notAnImage:
            return LocalizedText(
                zh: "「\(n)」不是可接受的圖片（\(ImageFormat.names)）。請改用相機或手機存出的照片檔。",
                en: "'\(n)' is not an accepted image (JPEG, PNG, HEIC, WebP, TIFF). Use the photo file as the camera or phone saved it."
            )
        case .damaged:
            return LocalizedText(
                zh: "圖片「\(n)」無法完整解碼：檔案不完整或已損毀（例如傳輸中斷）。請從相機或手機重新匯出或重新傳送後再加入。",
                en:
                    "the image '\(n)' does not decode completely: the file is cut short or damaged (an interrupted transfer, say). Export or send it again from the camera or phone, then add it."
            )
        case .tooLarge:
            let mb = MediaCheck.maximumBytes / 1_048_576
            return LocalizedText(
                zh: "檔案「\(n)」超過 \(mb) MB 上限。請先縮小照片（例如以手機分享時選「大」而非「原始大小」）後再加入。",
                en:
                    "the file '\(n)' is larger than the \(mb) MB limit. Make the photo smaller first (share it at a large size rather than the original)."
            )
        case let .tooManyPixels(w, h):
            return LocalizedText(
                zh: "圖片「\(n)」有 \(w)×\(h) 像素，超過上限 \(MediaCheck.maximumPixels / 1_000_000) 百萬像素。請先縮小後再加入。",
                en:
                    "the image '\(n)' has \(w)×\(h) pixels, more than the \(MediaCheck.maximumPixels / 1_000_000)-megapixel limit. Make it smaller first."
            )
        case .decoderUnavailable:
            return LocalizedText(
                zh: "無法檢查圖片「\(n)」：影像程式庫 libvips 無法啟動。請安裝 libvips（Debian：apt-get install libvips42）。",
                en: "cannot check the image '\(n)': the libvips image library could not start. Install libvips (Debian: apt-get install libvips42)."
            )
        }
    }

    /// A short zh-Hant/English phrase for a report's prompt: why the picture is not shown.
    public var shortReason: LocalizedText {
        switch reason {
        case .unreadable: LocalizedText(zh: "檔案不存在或無法讀取", en: "the file is missing or cannot be read")
        case .notAnImage: LocalizedText(zh: "不是可用的圖片格式", en: "not an accepted image format")
        case .damaged: LocalizedText(zh: "檔案不完整或已損毀", en: "the file is cut short or damaged")
        case .tooLarge: LocalizedText(zh: "檔案過大", en: "the file is too large")
        case .tooManyPixels: LocalizedText(zh: "像素過多", en: "too many pixels")
        case .decoderUnavailable: LocalizedText(zh: "影像程式庫無法啟動", en: "the image library could not start")
        }
    }
}
