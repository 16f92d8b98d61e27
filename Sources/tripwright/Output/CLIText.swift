import TripModel

/// The command line's own sentences, in both languages side by side (messages of the layers
/// come with their errors).
enum CLIText {
    static let cannotMakeReport = LocalizedText(zh: "無法產生報告：", en: "cannot make the report:")
    static let note = LocalizedText(zh: "注意：", en: "Note:")
    static let seedMissing = LocalizedText(
        zh: "找不到 seeds/kyushu-2025.yaml：請在專案資料夾中執行，或以 --seed 指定。",
        en: "seeds/kyushu-2025.yaml not found: run inside the project folder or give --seed."
    )
    static let noDelegations = LocalizedText(
        zh: "尚無出國案。以 tripwright import 計畫檔.yaml 匯入。",
        en: "No delegations yet. Import one with: tripwright import PLAN.yaml"
    )
    static let nothingToChange = LocalizedText(
        zh: "沒有要修改的欄位：請給 --headline、--image 等。",
        en: "nothing to change: give --headline, --image or another field."
    )
    static let noProblems = LocalizedText(zh: "沒有發現問題。", en: "No problems found.")
    static let wholeTrip = LocalizedText(zh: "整體", en: "Whole trip")
    static let accepted = LocalizedText(zh: "已確認", en: "accepted")
    static let reason = LocalizedText(zh: "      理由：", en: "      reason: ")
    static let fix = LocalizedText(zh: "      建議：", en: "      fix: ")
    static let nothingPlanned = LocalizedText(zh: "  （無行程）", en: "  (nothing planned)")
    static let arrival = LocalizedText(zh: "抵達", en: "Arrival")
    static let stay = LocalizedText(zh: "住宿  ", en: "Stay  ")
    static let allTimesLocal = LocalizedText(zh: "（時間皆為當地時間）", en: " (all times local)")

    /// `--day 須為 YYYY-MM-DD，例如 2025-09-01。`
    static func dateExpected(_ flag: String) -> LocalizedText {
        LocalizedText(zh: "\(flag) 須為 YYYY-MM-DD，例如 2025-09-01。", en: "\(flag) must be YYYY-MM-DD, e.g. 2025-09-01.")
    }

    /// `新增剪報需要 --date 與 --outlet。…`
    static func pressIncomplete(_ trip: String) -> LocalizedText {
        LocalizedText(
            zh: "新增剪報需要 --date 與 --outlet。（要修改已有的剪報請以 --id 指定，可用 tripwright export \(trip) 查看 id。）",
            en: "a new clipping needs --date and --outlet. (To change a stored one, name it with --id; 'tripwright export \(trip)' lists the ids.)"
        )
    }

    /// `無法寫入 FILE：原因。請換一個可寫入的位置（-o）。`
    static func cannotWrite(_ path: String, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(zh: "無法寫入 \(path)：\(reason.zh)。請換一個可寫入的位置（-o）。", en: "cannot write \(path): \(reason.en). Choose a writable place (-o).")
    }

    /// The width, in terminal cells, of the kind column of a schedule.
    static func kindWidth(_ lang: Lang) -> Int {
        switch lang {
        case .zh: 8
        case .en: 13
        }
    }
}
