import TripModel
import TripStore

extension LogPhotos {
    /// What the person who sent a file the event already had is told (the web's notice after
    /// the save, the command's line): the photo was not added twice, and what became of the
    /// caption given with it.
    public static func alreadyStoredNotice(photo id: Int64, _ what: PhotoAlreadyStored) -> LocalizedText {
        let head = LocalizedText(
            zh: "照片 #\(id) 已在此行程中（內容相同），未重複加入；",
            en: "Photo #\(id) is already on this event (same content), so it was not added again; "
        )
        let tail: LocalizedText =
            switch what {
            case .captionUpdated:
                LocalizedText(zh: "說明已改為這次填寫的說明（可在更正紀錄中復原）。", en: "its caption is now the one given (undoable from the corrections).")
            case .sameCaption:
                LocalizedText(zh: "說明與原本相同，沒有變更。", en: "the caption given is the one it has; nothing changed.")
            case .noCaption:
                LocalizedText(
                    zh: "沒有填寫新的說明，所以說明沒有變更；要改說明請填寫說明後再上傳，或在照片下方修改。",
                    en:
                        "no new caption was given, so its caption is unchanged; to change it, send it again with a caption or edit it under the photo."
                )
            }
        return LocalizedText(zh: head.zh + tail.zh, en: head.en + tail.en)
    }
}

extension LogPhotos.Stored {
    /// For a file the event already had, what its sender is told (`alreadyStoredNotice`); nil
    /// for a photo added or filled.
    public var alreadyStoredNotice: LocalizedText? {
        alreadyStored.map { LogPhotos.alreadyStoredNotice(photo: id, $0) }
    }
}
