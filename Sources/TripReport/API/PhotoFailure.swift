import TripModel

/// What failed preparing photos that is the machine's fault, not one photo's: libvips, the cache.
public enum PhotoFailure: Hashable, Sendable {
    /// libvips could not be loaded or started; what the loader or libvips said (the library
    /// is opened on first use, so a missing or too old one shows here, not at program start).
    case libvipsNotStarted(String)
    /// libvips could not write the downscaled copy; what it said.
    case copyNotWritten(String)
    /// The copy could not be moved into the cache.
    case notCached(FileProblem)
    /// The cache folder could not be created.
    case cacheNotCreated(FileProblem)
    /// libvips could not read an image it was given; what it said.
    case notReadable(String)
    /// A test image could not be written; what libvips said.
    case testImageNotWritten(String)

    /// What failed, in both languages (libvips' own words kept as it wrote them).
    public var message: LocalizedText {
        switch self {
        case let .libvipsNotStarted(said):
            LocalizedText(
                zh: "影像程式庫 libvips 無法啟動（\(said)；Debian：apt-get install libvips42）",
                en: "libvips could not start (\(said); Debian: apt-get install libvips42)"
            )
        case let .copyNotWritten(said):
            LocalizedText(zh: "無法寫入縮小後的照片（\(said)）", en: "cannot write the downscaled copy (\(said))")
        case let .notCached(problem):
            LocalizedText(zh: "無法存入照片快取：\(problem.message.zh)", en: "cannot store in the cache: \(problem.message.en)")
        case let .cacheNotCreated(problem):
            LocalizedText(zh: "無法建立照片快取資料夾：\(problem.message.zh)", en: "cannot create the photo cache: \(problem.message.en)")
        case let .notReadable(said):
            LocalizedText(zh: "不是可讀取的圖片（\(said)）", en: "not a readable image (\(said))")
        case let .testImageNotWritten(said):
            LocalizedText(zh: "無法寫入測試圖片：\(said)", en: "cannot write a test image: \(said)")
        }
    }
}
