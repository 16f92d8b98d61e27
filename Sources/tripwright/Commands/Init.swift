import ArgumentParser
import TripApp
import TripModel

/// `tripwright init`: creates the database.
struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "建立資料庫。 Create the database.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let lang = global.lang
        let opened = try await reporting(lang) { try await InitDatabase(global.context).run() }
        let path = opened.path
        say(
            (opened.existed
                ? LocalizedText(
                    zh: "資料庫已存在：\(path)（結構版本 \(opened.schema ?? "-")）",
                    en: "Database already exists: \(path) (schema \(opened.schema ?? "-"))"
                )
                : LocalizedText(zh: "已建立資料庫：\(path)", en: "Created database: \(path)")).text(lang)
        )
    }
}
