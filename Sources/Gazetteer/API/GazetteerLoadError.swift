import TripModel

/// Bundled or supplied gazetteer data that cannot be read.
public struct GazetteerLoadError: UserFacingError, Hashable, CustomStringConvertible {
    /// Why a data file cannot be used.
    public enum Reason: Hashable, Sendable {
        /// The file is not there or cannot be read.
        case unreadable
        /// The file lacks the `#` header line that names its source.
        case noHeader
        /// The data folder is not in the program's resources.
        case notBundled

        /// The reason in both languages.
        public var message: LocalizedText {
            switch self {
            case .unreadable: LocalizedText(zh: "檔案不存在或無法讀取", en: "missing or unreadable")
            case .noHeader: LocalizedText(zh: "缺少註明資料來源的 `#` 標頭行", en: "no `#` header line naming its source")
            case .notBundled: LocalizedText(zh: "不在 Gazetteer 的資源套件中", en: "not in the Gazetteer resource bundle")
            }
        }
    }

    /// The file concerned.
    public let path: String
    /// What is wrong with it.
    public let reason: Reason

    /// Creates the error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The file, what is wrong and how to make the data again.
    public var message: LocalizedText {
        LocalizedText(
            zh: "參考資料 \(path)：\(reason.message.zh)；請以 `python3 tools/build_gazetteer.py` 重新產生資料。",
            en: "\(path): \(reason.message.en); regenerate the data with `python3 tools/build_gazetteer.py`"
        )
    }

    /// `PATH: REASON; regenerate with python3 tools/build_gazetteer.py`.
    public var description: String { message.en }
}
