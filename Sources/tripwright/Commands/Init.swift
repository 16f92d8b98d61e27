import ArgumentParser
import TripStore

/// `tripwright init`: creates the database.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "建立資料庫。 Create the database.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let existed = global.location.exists
        let db = try global.open(.create)
        let migrations = try db.appliedMigrations()
        let path = global.location.database.path
        if global.lang == .zh {
            say(existed ? "資料庫已存在：\(path)（結構版本 \(migrations.last ?? "-")）" : "已建立資料庫：\(path)")
        } else {
            say(existed ? "Database already exists: \(path) (schema \(migrations.last ?? "-"))" : "Created database: \(path)")
        }
    }
}
