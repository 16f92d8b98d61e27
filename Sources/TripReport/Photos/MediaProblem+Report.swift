import TripMedia
import TripModel

extension MediaProblem {
    /// What a report run says about a picture it could not put in: which file, why, and that a
    /// prompt holds its place until it is supplied again.
    var warning: LocalizedText {
        LocalizedText(
            zh: "圖檔「\(name)」無法放進報告（\(shortReason.zh)），報告中已以【待填】提示代替；請重新上傳或提供該檔。",
            en:
                "the picture '\(name)' could not be put in the report (\(shortReason.en)); a 【待填】 prompt holds its place. Upload or supply the file again."
        )
    }
}
