import ArgumentParser
import Foundation
import TripApp
import TripModel

/// Options every command shares: which database, which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite 資料庫檔案（預設：$TRIPWRIGHT_DB 或 ~/.local/share/tripwright/tripwright.sqlite）。 Database file.")
    var db: String?

    @Option(name: .long, help: "輸出語言 zh 或 en。 Output language: zh (default) or en.")
    var lang: Lang = ProcessInfo.processInfo.environment["TRIPWRIGHT_LANG"].flatMap(Lang.init(rawValue:)) ?? .zh

    /// Where the data lives.
    var location: DataLocation { DataLocation(databasePath: db) }

    /// The application's context for this command: the data location (each use case opens the
    /// database in the mode it needs), the real clock, the command line as the requester.
    var context: AppContext { AppContext(location: location) }
}

/// `--json` for read commands.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "以 JSON 輸出。 Print JSON.")
    var json = false
}

extension Lang: ExpressibleByArgument {}
