import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright import PLAN.yaml`: creates or updates a delegation from a plan file.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "匯入計畫檔（新增或依 id 更新；已記錄的筆記、照片不會遺失）。 Import a plan file."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "計畫檔（YAML）。 The plan file.")
    var plan: String

    @Flag(name: .long, help: "允許計畫檔引用其資料夾與資料資料夾以外的檔案（絕對路徑、..、連結）。 Let the plan name files outside its folder and the data folder.")
    var allowOutside = false

    func run() async throws {
        let lang = global.lang
        // The use case reads (and refuses) the plan before the database is opened: a refused plan writes nothing.
        let summary = try await reporting(lang) {
            try await ImportPlan(global.context).run(
                ImportPlan.Input(.file(URL(fileURLWithPath: plan), displayName: plan, allowOutside: allowOutside))
            )
        }
        say(Import.describe(summary).text(lang))
    }

    /// What an import did, in a few lines.
    static func describe(_ s: ImportSummary) -> LocalizedText {
        var zh: [String] = []
        var en: [String] = []
        zh.append("\(s.created ? "已新增" : "已更新")出國案 \(s.delegationID)：\(s.members) 位人員、\(s.events) 項行程、\(s.legs) 段交通、\(s.stays) 筆住宿。")
        en.append(
            "\(s.created ? "Created" : "Updated") delegation \(s.delegationID): \(s.members) members, \(s.events) events, \(s.legs) legs, \(s.stays) stays."
        )
        if s.notesAdded + s.photosAdded + s.pressAdded > 0 {
            zh.append("新增筆記 \(s.notesAdded) 則、照片 \(s.photosAdded) 張、新聞 \(s.pressAdded) 則。")
            en.append("Added \(s.notesAdded) notes, \(s.photosAdded) photos, \(s.pressAdded) press items.")
        }
        if !s.keptEvents.isEmpty {
            zh.append("計畫檔已無但保留（已有記錄）：\(s.keptEvents.joined(separator: "、"))")
            en.append("Kept (not in the file but logged against): \(s.keptEvents.joined(separator: ", "))")
        }
        if !s.correctionsKept.isEmpty {
            zh.append("檔案中的版本較舊，保留已更正的剪報（要修改請再更正）：\(s.correctionsKept.joined(separator: "、"))")
            en.append(
                "Kept the corrected clippings; the file's versions were not applied (correct them again to change them): \(s.correctionsKept.joined(separator: ", "))"
            )
        }
        if !s.removedItems.isEmpty {
            zh.append("已移除：\(s.removedItems.joined(separator: "、"))")
            en.append("Removed: \(s.removedItems.joined(separator: ", "))")
        }
        return LocalizedText(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    }
}
