import ArgumentParser
import Foundation
import TripModel
import TripStore

/// Options every command shares: which database, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite 資料庫檔案（預設：$TRIPWRIGHT_DB 或 ~/.local/share/tripwright/tripwright.sqlite）。 Database file.")
    var db: String?

    @Option(name: .long, help: "輸出語言 zh 或 en。 Output language: zh (default) or en.")
    var lang: Lang = ProcessInfo.processInfo.environment["TRIPWRIGHT_LANG"].flatMap(Lang.init(rawValue:)) ?? .zh

    /// Where the data lives.
    var location: DataLocation { DataLocation(databasePath: db) }

    /// Opens the database: `.create` only for `init`, `import`, `demo` and `serve`; `.existing`
    /// for commands that write; `.readOnly` for commands that only read (they work on a
    /// read-only file, and a mistyped `--db` never creates anything).
    func open(_ mode: TripDatabase.OpenMode) throws -> TripDatabase {
        do {
            return try location.open(mode)
        } catch let error as StoreError {
            throw CLIError(error.text(lang))
        }
    }
}

/// `--json` for read commands.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "以 JSON 輸出。 Print JSON.")
    var json = false
}

extension Lang: ExpressibleByArgument {}
