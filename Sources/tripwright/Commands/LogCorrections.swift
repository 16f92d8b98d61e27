import ArgumentParser
import Foundation
import TripApp
import TripModel

/// `tripwright log delete TRIP KIND ID`: deletes a logged item (kept in the history; undoable).
struct LogDelete: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "刪除記錄的項目（保留於修改紀錄，可復原）。 Delete a logged item (kept in the history, undoable)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var item: LoggedItemArguments
    @Option(name: .long, help: "您看到的版本（見 log list）；已被修改時不刪除。 The revision you saw; refused if it changed.") var revision: String?

    func run() async throws {
        let lang = global.lang
        let target = try item.target(lang)
        let change = try await reporting(lang) {
            try await DeleteLogged(global.context).run(DeleteLogged.Input(target, revision: revision))
        }
        say(LoggedChangeText.done(change, lang: lang))
    }
}

/// `tripwright log move TRIP KIND ID EVENT`: moves a logged item to another event.
struct LogMove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "把項目移到另一個行程。 Move a logged item to another event.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var item: LoggedItemArguments
    @Argument(help: "目的行程 id。 The event it goes to.") var event: String
    @Option(name: .long, help: "您看到的版本；已被修改時不移動。 The revision you saw; refused if it changed.") var revision: String?

    func run() async throws {
        let lang = global.lang
        let target = try item.target(lang)
        let change = try await reporting(lang) {
            try await MoveLogged(global.context).run(MoveLogged.Input(target, to: event, revision: revision))
        }
        say(LoggedChangeText.done(change, lang: lang))
    }
}

/// `tripwright log edit TRIP KIND ID --text …`: changes the fields given of a logged item.
struct LogEdit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "修改記錄的項目（只改有給的欄位；空字串清除）。 Edit a logged item's fields (only those given; empty clears)."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var item: LoggedItemArguments
    @Option(name: .long, help: "筆記內容或成果內容。 A note's or outcome's text.") var text: String?
    @Option(name: .long, help: "照片說明。 A photo's caption.") var caption: String?
    @Option(name: .long, help: "日期 YYYY-MM-DD（成果）。 An outcome's date.") var date: String?
    @Option(name: .long, help: "追蹤事項。 A follow-up's task.") var task: String?
    @Option(name: .long, help: "負責人：出國人員的 id 或完整姓名。 A follow-up's owner: a member's id or full name.") var owner: String?
    @Option(name: .long, help: "期限 YYYY-MM-DD。 A follow-up's due date.") var due: String?
    @Option(name: .long, help: "狀態 open、done、dropped。 A follow-up's status.") var status: String?
    @Option(name: .long, help: "姓名（會晤人員）。 A person met's name.") var name: String?
    @Option(name: .long, help: "職稱（會晤人員）。 A person met's title.") var title: String?
    @Option(name: .long, help: "單位（會晤人員）。 A person met's organisation.") var organisation: String?
    @Option(name: .long, help: "您看到的版本；已被修改時不儲存。 The revision you saw; refused if it changed.") var revision: String?

    /// The flag that gave each plan key.
    static let flags = [
        "text": "--text", "caption": "--caption", "date": "--date", "task": "--task", "owner": "--owner",
        "due": "--due", "status": "--status", "name": "--name", "title": "--title", "organisation": "--organisation",
    ]

    func run() async throws {
        let lang = global.lang
        let target = try item.target(lang)
        let given: [String: String?] = [
            "text": text, "caption": caption, "date": date, "task": task, "owner": owner, "due": due,
            "status": status, "name": name, "title": title, "organisation": organisation,
        ]
        let fields = given.compactMapValues { $0 }
        let change = try await reporting(lang, flags: LogEdit.flags) {
            try await EditLogged(global.context).run(EditLogged.Input(target, fields: fields, revision: revision))
        }
        say(LoggedChangeText.done(change, lang: lang))
    }
}

/// `tripwright log undo TRIP CHANGE`: undoes a change of the history.
struct LogUndo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "復原一筆修改（編號見 log history）。 Undo a change (numbers in log history).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "修改紀錄編號。 The change's number.") var change: Int64

    func run() async throws {
        let lang = global.lang
        let undone = try await reporting(lang) {
            try await UndoChange(global.context).run(UndoChange.Input(trip: trip, change: change, prefix: true))
        }
        say(
            LocalizedText(
                zh: "已復原修改 #\(change)（本次復原記為 #\(undone.id)，可再復原）：「\(undone.after?.summary ?? "—")」",
                en: "Undid change #\(change) (recorded as #\(undone.id), itself undoable): “\(undone.after?.summary ?? "—")”"
            ).text(lang)
        )
    }
}

/// `tripwright log history TRIP [EVENT]`: the corrections, oldest first.
struct LogHistory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "列出修改紀錄（誰、何時、改了什麼、原本的內容）。 List the corrections: who, when, what, the old value."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id（省略：整個出國案）。 Event id (default: the whole delegation).") var event: String?

    func run() async throws {
        let lang = global.lang
        let (d, changes) = try await reporting(lang) {
            try await ReadHistory(global.context).run(ReadHistory.Input(trip: trip, event: event, prefix: true))
        }
        if changes.isEmpty {
            say(LocalizedText(zh: "沒有修改紀錄。", en: "No corrections.").text(lang))
            return
        }
        let zone = d.homeZone.timeZone
        for c in changes { say(LoggedChangeText.line(c, lang: lang, zone: zone)) }
    }
}

/// `tripwright log list TRIP EVENT`: what is logged on an event, with the ids and revisions the
/// other `log` subcommands name.
struct LogList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出行程下記錄的項目與編號。 List what is logged on an event, with ids."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String

    func run() async throws {
        let lang = global.lang
        let entries = try await reporting(lang) {
            try await ReadLogged(global.context).run(EventTarget(trip: trip, event: event, prefix: true))
        }
        if entries.isEmpty { say(LocalizedText(zh: "此行程沒有記錄。", en: "Nothing is logged on this event.").text(lang)) }
        for e in entries {
            let kind = LoggedKindName.allCases.first { $0.kind == e.item.kind }?.rawValue ?? ""
            say("\(kind) \(e.item.key)  [\(e.revision)]  \(e.value.summary)")
        }
    }
}

/// `tripwright log person TRIP EVENT NAME`: adds a person met.
struct LogPerson: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "新增會晤人員。 Add a person met at an event.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String
    @Argument(help: "姓名。 Name.") var name: String
    @Option(name: .long, help: "職稱。 Title.") var title: String = ""
    @Option(name: .long, help: "單位。 Organisation.") var organisation: String = ""

    func run() async throws {
        let lang = global.lang
        let person = try await reporting(lang, flags: ["name": "NAME", "title": "--title", "organisation": "--organisation"]) {
            try await LogCounterpart(global.context).run(
                LogCounterpart.Input(
                    EventTarget(trip: trip, event: event, prefix: true),
                    name: name,
                    title: title,
                    organisation: organisation
                )
            )
        }
        say(LocalizedText(zh: "已記錄會晤人員：\(person.name)", en: "Logged person met: \(person.name)").text(lang))
    }
}

/// `tripwright log outcome TRIP EVENT TEXT`: adds an outcome.
struct LogOutcomeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outcome", abstract: "新增具體成果。 Add an outcome of an event.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String
    @Argument(help: "成果內容。 What came of it.") var text: String
    @Option(name: .long, help: "日期 YYYY-MM-DD。 When.") var date: String = ""

    func run() async throws {
        let lang = global.lang
        let id = try await reporting(lang, flags: ["text": "TEXT", "date": "--date"]) {
            try await LogOutcome(global.context).run(LogOutcome.Input(EventTarget(trip: trip, event: event, prefix: true), text: text, date: date))
        }
        say(LocalizedText(zh: "已記錄成果 #\(id)", en: "Logged outcome #\(id)").text(lang))
    }
}

/// `tripwright log follow-up TRIP EVENT TASK`: adds a follow-up.
struct LogFollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "新增後續追蹤事項。 Add a follow-up task.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "行程 id。 Event id.") var event: String
    @Argument(help: "事項。 The task.") var task: String
    @Option(name: .long, help: "負責人：出國人員的 id 或完整姓名。 Owner: a member's id or full name.") var owner: String = ""
    @Option(name: .long, help: "期限 YYYY-MM-DD。 Due date.") var due: String = ""

    func run() async throws {
        let lang = global.lang
        let id = try await reporting(lang, flags: ["task": "TASK", "owner": "--owner", "due": "--due"]) {
            try await LogFollowUp(global.context).run(
                LogFollowUp.Input(
                    EventTarget(trip: trip, event: event, prefix: true),
                    task: task,
                    owner: owner,
                    due: due
                )
            )
        }
        say(LocalizedText(zh: "已記錄追蹤事項 #\(id)", en: "Logged follow-up #\(id)").text(lang))
    }
}

/// `tripwright log press-order TRIP ID up|down`: moves a clipping in the report's order.
struct LogPressOrder: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press-order",
        abstract: "調整剪報在報告中的順序。 Move a clipping up or down in the report's order."
    )

    /// Which way.
    enum Direction: String, ExpressibleByArgument, CaseIterable {
        case up, down
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "出國案 id。 Delegation id.") var trip: String
    @Argument(help: "剪報 id。 Clipping id.") var id: String
    @Argument(help: "up（往前）或 down（往後）。 up or down.") var direction: Direction

    func run() async throws {
        let lang = global.lang
        let change = try await reporting(lang) {
            try await ReorderPress(global.context).run(ReorderPress.Input(trip: trip, id: id, up: direction == .up, prefix: true))
        }
        say(LoggedChangeText.done(change, lang: lang))
    }
}
