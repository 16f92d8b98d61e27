import Foundation
import TripModel

/// Errors from the store, each saying what is wrong and what to do, in both languages.
public enum StoreError: UserFacingError, Equatable, CustomStringConvertible {
    /// No delegation has that id.
    case noSuchDelegation(String, suggestions: [String])
    /// The delegation has no such event.
    case noSuchEvent(String, delegation: String, suggestions: [String])
    /// A stored value could not be read back (the file was edited by hand or is from a newer version).
    case corrupt(String)
    /// A coded column holds a value no case of this version knows (written by a newer version,
    /// or by another program): the table, the column, the value and the codes known.
    case unknownCode(table: String, column: String, value: String, known: [String])
    /// A file to log could not be read or copied (kept for callers of older versions; new code
    /// throws `fileUnreadable`, `fileNotStored` or `fileTooLarge`).
    case file(String)
    /// The database file does not exist (and the command may not create one).
    case databaseMissing(path: String)
    /// The path names a folder, not a database file.
    case databaseIsFolder(path: String)
    /// The file is not an SQLite database (a text file, a photo, …).
    case notADatabase(path: String)
    /// The database file is damaged: truncated, or its pages do not read back.
    case damaged(path: String)
    /// A table lost its key or a column (edited by hand or by another program); `detail` names
    /// what is gone in the schema's own terms (`event`, `event.kind`, `event PRIMARY KEY (…)`).
    case schemaDamaged(path: String, detail: String)
    /// The database was written by a newer Tripwright.
    case newerSchema(path: String)
    /// The database must be upgraded to this version's schema but cannot be written.
    case needsUpgrade(path: String)
    /// The database (or its folder) may not be written.
    case readOnly(path: String)
    /// A reading command cannot read: changes not yet merged into the file wait in its -wal
    /// file, and SQLite must make a -shm file beside it, in a folder this user may not write.
    case readNeedsFolderAccess(path: String)
    /// The disk is full (or a quota was reached): the change was not saved.
    case diskFull(path: String)
    /// The operating system could not read or write the file.
    case ioError(path: String, code: Int32)
    /// Another program kept the database locked for too long.
    case busy(path: String)
    /// A folder could not be created.
    case folderNotCreated(path: String, reason: FileProblem)
    /// Neither `--db`, `TRIPWRIGHT_DB`, `XDG_DATA_HOME` nor `HOME` says where the data lives.
    case noHome
    /// A file given to log (a photo, a clipping) cannot be read.
    case fileUnreadable(path: String, reason: FileProblem)
    /// A file is larger than the store takes.
    case fileTooLarge(path: String, megabytes: Int, limit: Int)
    /// A logged file could not be written into the data folder: nothing was saved.
    case fileNotStored(path: String, reason: FileProblem)
    /// The delegation has no member with that id.
    case noSuchMember(String, delegation: String)
    /// The event has no photo with that id.
    case noSuchPhoto(Int64, delegation: String)
    /// The delegation has no press clipping with that id.
    case noSuchPress(String, delegation: String, suggestions: [String])
    /// An id given for a new row is already used.
    case idTaken(kind: String, id: String)
    /// A new row needs values that were not given (e.g. a new clipping's date and outlet).
    case missingValues([String])
    /// A member cannot be removed while the plan still needs them.
    case memberInUse(id: String, name: String, contact: Bool, onlyParticipantOf: [String])
    /// A user name was empty.
    case emptyUserName
    /// No web account has that name.
    case noSuchUser(String, suggestions: [String])
    /// A grant of a delegation asked for an account, or in a role, that grants are not for: an
    /// administrator sees everything, a member sees the delegations they are on (`accountRole`:
    /// the account's role, or the role asked for when that is the one refused).
    case grantRefused(user: String, accountRole: WebRole)
    /// A write over a delegation the account may only read (a viewer's grant).
    case mayNotEdit(delegation: String)
    /// The database refused a value the checks before it let through.
    case refused(detail: String)
    /// A 心得 part by position (from 0) beyond the next one to add; `count` parts are stored.
    case noSuchReflection(Int, delegation: String, count: Int)
    /// The delegation has no leg, stay or event with that id (removed since the page was opened).
    case noSuchItem(kind: String, id: String, delegation: String)
    /// An event that cannot be deleted while something is logged against it or an outline
    /// places it: what it holds.
    case eventHolds(id: String, title: String, LoggedHoldings)

    /// The message, with file paths (the command line).
    public var message: LocalizedText { message(showingPaths: true) }

    /// The message; `showingPaths: false` leaves out server paths (the web's error pages).
    public func message(showingPaths: Bool) -> LocalizedText {
        func shown(_ path: String) -> String { showingPaths ? path : (path as NSString).lastPathComponent }
        switch self {
        case let .noSuchDelegation(id, suggestions):
            return LocalizedText(
                zh: "找不到出國案「\(id)」。" + (suggestions.isEmpty ? "請以 tripwright list 查看。" : "是否為：\(suggestions.joined(separator: "、"))？"),
                en: "no delegation '\(id)'."
                    + (suggestions.isEmpty ? " Run 'tripwright list' to see them." : " Did you mean: \(suggestions.joined(separator: ", "))?")
            )
        case let .noSuchEvent(id, delegation, suggestions):
            return LocalizedText(
                zh: "出國案「\(delegation)」沒有行程「\(id)」。"
                    + (suggestions.isEmpty ? "請以 tripwright schedule \(delegation) 查看行程 id。" : "是否為：\(suggestions.joined(separator: "、"))？"),
                en: "delegation '\(delegation)' has no event '\(id)'."
                    + (suggestions.isEmpty
                        ? " Run 'tripwright schedule \(delegation)' to see item ids." : " Did you mean: \(suggestions.joined(separator: ", "))?")
            )
        case let .corrupt(detail):
            return LocalizedText(
                zh: "資料庫內容無法讀取：\(detail)。請以備份檔取代資料庫，或建立新資料庫後重新匯入計畫檔。",
                en: "stored data cannot be read: \(detail). Replace the database with a backup copy, or import the plan files into a new database."
            )
        case let .unknownCode(table, column, value, known):
            return LocalizedText(
                zh:
                    "資料庫的 \(table) 表 \(column) 欄存有此版本不認得的值「\(value)」（認得的有：\(known.joined(separator: "、"))），可能是較新版本的 Tripwright 或其他程式寫入的。請更新 Tripwright 後再試；若仍發生，請以備份檔取代資料庫。",
                en:
                    "the database holds '\(value)' in column \(column) of table \(table), a value this version does not know (it knows \(known.joined(separator: ", "))); a newer Tripwright or another program may have written it. Update Tripwright and try again; if it persists, replace the database with a backup copy."
            )
        case let .file(detail):
            return LocalizedText(zh: "檔案問題：\(detail)", en: "file problem: \(detail)")
        case let .databaseMissing(path):
            return LocalizedText(
                zh: "找不到資料庫 \(shown(path))。請確認 --db 的路徑是否打錯；要建立新資料庫請執行 tripwright init --db \(shown(path))（或以 tripwright import 匯入計畫檔）。",
                en:
                    "no database at \(shown(path)). Check the --db path for a typo; to create a new database run 'tripwright init --db \(shown(path))' (or 'tripwright import PLAN.yaml')."
            )
        case let .databaseIsFolder(path):
            return LocalizedText(
                zh: "\(shown(path)) 是資料夾，不是資料庫檔。請以 --db 指定資料夾中的 .sqlite 檔。",
                en: "\(shown(path)) is a folder, not a database file. Give --db the .sqlite file inside it."
            )
        case let .notADatabase(path):
            return LocalizedText(
                zh: "\(shown(path)) 不是 Tripwright 資料庫（不是 SQLite 檔案，可能是文字檔或其他檔案）。請確認 --db 指向正確的 .sqlite 檔；計畫檔（.yaml）請以 tripwright import 匯入。",
                en:
                    "\(shown(path)) is not a Tripwright database (not an SQLite file; perhaps a text file). Check that --db names the right .sqlite file; import plan files (.yaml) with 'tripwright import'."
            )
        case let .damaged(path):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 已損壞（檔案被截斷或內容毀損），無法讀取。請以備份檔取代它；沒有備份時，請建立新資料庫並重新匯入計畫檔：tripwright import 計畫檔.yaml --db 新資料庫.sqlite。",
                en:
                    "the database \(shown(path)) is damaged (truncated or corrupted) and cannot be read. Replace it with a backup copy; without one, import the plan files into a new database: 'tripwright import PLAN.yaml --db NEW.sqlite'."
            )
        case let .schemaDamaged(path, detail):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 的結構已被改動（缺少 \(detail)），繼續寫入可能毀損資料。請以備份檔取代它；沒有備份時，請建立新資料庫並重新匯入計畫檔：tripwright import 計畫檔.yaml --db 新資料庫.sqlite。",
                en:
                    "the structure of the database \(shown(path)) has been altered (\(detail) is missing); writing to it could corrupt data. Replace it with a backup copy; without one, import the plan files into a new database: 'tripwright import PLAN.yaml --db NEW.sqlite'."
            )
        case let .newerSchema(path):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 由較新版本的 Tripwright 建立，此版本無法安全使用。請更新 Tripwright 後再試。",
                en:
                    "the database \(shown(path)) was written by a newer Tripwright, which this version cannot use safely. Update Tripwright and try again."
            )
        case let .needsUpgrade(path):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 來自較舊版本，需要先升級結構，但目前沒有寫入權限。請取得該檔與所在資料夾的寫入權限後執行 tripwright init --db \(shown(path)) 升級，或使用舊版讀取。",
                en:
                    "the database \(shown(path)) comes from an older version and must be upgraded first, but it cannot be written. Get write permission on the file and its folder, then run 'tripwright init --db \(shown(path))' to upgrade it, or read it with the older version."
            )
        case let .readOnly(path):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 無法寫入（唯讀檔案、唯讀資料夾或沒有權限），本次變更未儲存。請取得該檔與所在資料夾的寫入權限後再試；讀取類指令（list、show、schedule、export、report）仍可使用。",
                en:
                    "the database \(shown(path)) cannot be written (read-only file or folder, or no permission); nothing was saved. Get write permission on the file and its folder and try again; reading commands (list, show, schedule, export, report) still work."
            )
        case let .readNeedsFolderAccess(path):
            return LocalizedText(
                zh:
                    "無法讀取資料庫 \(shown(path))：它還有尚未併入主檔的變更（\(shown(path))-wal），讀取時須在同一資料夾建立暫存檔，但此帳號不能寫入該資料夾。請讓此帳號可寫入該資料夾；或由可寫入的帳號（例如建立它的帳號）執行一次 tripwright init --db \(shown(path))，把變更併入主檔後再讀取。",
                en:
                    "cannot read the database \(shown(path)): changes not yet merged into it wait in \(shown(path))-wal, and reading needs a file beside it in a folder this account may not write. Let this account write to that folder, or have an account that may (such as the one that made it) run 'tripwright init --db \(shown(path))' once to merge the changes, then read again."
            )
        case let .diskFull(path):
            return LocalizedText(
                zh: "磁碟空間已滿，無法寫入 \(shown(path))；本次變更未儲存，已存的資料不受影響。請釋出磁碟空間後再試一次。",
                en:
                    "the disk is full, so \(shown(path)) could not be written; nothing was saved and what was stored is intact. Free some disk space and try again."
            )
        case let .ioError(path, code):
            return LocalizedText(
                zh: "讀寫 \(shown(path)) 時發生磁碟錯誤（SQLite 代碼 \(code)），本次變更未儲存。請檢查磁碟或網路磁碟機是否正常，再試一次。",
                en:
                    "a disk error occurred reading or writing \(shown(path)) (SQLite code \(code)); nothing was saved. Check the disk or network drive and try again."
            )
        case let .busy(path):
            return LocalizedText(
                zh: "資料庫 \(shown(path)) 正被其他程式長時間占用，本次變更未儲存。請稍候再試；若持續發生，請關閉正在使用該檔的其他程式。",
                en:
                    "another program kept the database \(shown(path)) locked too long; nothing was saved. Try again shortly; if it persists, close other programs using the file."
            )
        case let .folderNotCreated(path, reason):
            return LocalizedText(
                zh: "無法建立資料夾 \(shown(path))：\(reason.message.zh)。請以 --db 指定可寫入的位置（例如 --db ~/tripwright.sqlite）。",
                en:
                    "cannot create the folder \(shown(path)): \(reason.message.en). Give a writable location with --db (e.g. --db ~/tripwright.sqlite)."
            )
        case .noHome:
            return LocalizedText(
                zh: "未設定 HOME 環境變數，無法決定預設的資料庫位置。請以 --db 指定資料庫檔，或設定 TRIPWRIGHT_DB 或 XDG_DATA_HOME。",
                en:
                    "HOME is not set, so there is no default place for the database. Give the database file with --db, or set TRIPWRIGHT_DB or XDG_DATA_HOME."
            )
        case let .fileUnreadable(path, reason):
            return LocalizedText(
                zh: "無法讀取檔案 \(shown(path))：\(reason.message.zh)。請確認路徑與權限。",
                en: "cannot read the file \(shown(path)): \(reason.message.en). Check the path and permissions."
            )
        case let .fileTooLarge(path, megabytes, limit):
            return LocalizedText(
                zh: "檔案 \(shown(path)) 有 \(megabytes) MB，超過上限 \(limit) MB。請先縮小後再加入。",
                en: "the file \(shown(path)) is \(megabytes) MB, over the \(limit) MB limit. Make it smaller first."
            )
        case let .fileNotStored(path, reason):
            return LocalizedText(
                zh: "無法把檔案寫入資料夾 \(shown(path))：\(reason.message.zh)。本次變更未儲存。",
                en: "cannot write the file into \(shown(path)): \(reason.message.en). Nothing was saved."
            )
        case let .noSuchMember(id, delegation):
            return LocalizedText(
                zh: "出國案「\(delegation)」沒有人員「\(id)」（可能已被他人刪除）。請重新整理後再試。",
                en: "delegation '\(delegation)' has no member '\(id)' (someone may have removed them). Reload and try again."
            )
        case let .noSuchPhoto(id, delegation):
            return LocalizedText(zh: "出國案「\(delegation)」沒有編號 \(id) 的照片。", en: "delegation '\(delegation)' has no photo #\(id).")
        case let .noSuchPress(id, delegation, suggestions):
            return LocalizedText(
                zh: "出國案「\(delegation)」沒有新聞「\(id)」。" + (suggestions.isEmpty ? "" : "是否為：\(suggestions.joined(separator: "、"))？"),
                en: "delegation '\(delegation)' has no press item '\(id)'."
                    + (suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?")
            )
        case let .noSuchReflection(position, delegation, count):
            return LocalizedText(
                zh: "出國案「\(delegation)」的心得只有 \(count) 則，沒有第 \(position + 1) 則。要新增一則，請用 reflection-\(count + 1)。",
                en: "delegation '\(delegation)' has \(count) reflection(s), not \(position + 1). To add one, name reflection-\(count + 1)."
            )
        case let .idTaken(kind, id):
            let noun = ItemNoun.of(kind)
            return LocalizedText(
                zh: "\(noun.zh) id「\(id)」已有人使用，請改用其他 id（或留空由系統編號）。",
                en: "\(noun.en) id '\(id)' is already used; choose another (or leave it empty to have one given)."
            )
        case let .missingValues(names):
            return LocalizedText(zh: "新增時必須提供：\(names.joined(separator: "、"))。", en: "a new one needs: \(names.joined(separator: ", ")).")
        case let .memberInUse(id, name, contact, items):
            var zh: [String] = []
            var en: [String] = []
            if contact {
                zh.append("是出國案的聯絡人（contact）")
                en.append("is the delegation's contact")
            }
            if !items.isEmpty {
                zh.append("是這些行程唯一的參與者：\(items.joined(separator: "、"))（刪除後這些行程會變成全體參加）")
                en.append("is the only participant of \(items.joined(separator: ", ")) (without them those items would become everyone's)")
            }
            return LocalizedText(
                zh: "無法刪除人員「\(name)」（\(id)）：\(zh.joined(separator: "；"))。請先修改計畫，再刪除。",
                en: "cannot remove the member '\(name)' (\(id)): they \(en.joined(separator: "; and ")). Change the plan first, then remove them."
            )
        case .emptyUserName:
            return LocalizedText(zh: "使用者姓名不可空白。", en: "The user name may not be empty.")
        case let .noSuchUser(name, suggestions):
            let near =
                suggestions.isEmpty
                ? LocalizedText(zh: "請以 tripwright user list 查看帳號。", en: "See the accounts with `tripwright user list`.")
                : LocalizedText(zh: "是否應為：\(suggestions.joined(separator: "、"))？", en: "Did you mean: \(suggestions.joined(separator: ", "))?")
            return LocalizedText(zh: "沒有名為「\(name)」的帳號。", en: "no account is named '\(name)'.").appending(near)
        case let .grantRefused(user, role):
            switch role {
            case .administrator:
                return LocalizedText(
                    zh: "帳號「\(user)」是管理者，本來就能看到並修改每個出國案，不需授權。",
                    en: "'\(user)' is an administrator and already sees and edits every delegation; no grant is needed."
                )
            case .member:
                return LocalizedText(
                    zh: "無法授權：「\(user)」是團員帳號，只看得到團員名單有其姓名或 id 的出國案（請在該出國案的團員名單加入此人）；"
                        + "若要讓此人檢視或承辦，請先以 tripwright user add \(user) --role viewer（或 organiser）改變身分。",
                    en: "cannot grant: '\(user)' is a member account, which sees the delegations whose members list has their name or id "
                        + "(add them to that delegation's members); to let them read or organise, first change the role with "
                        + "`tripwright user add \(user) --role viewer` (or organiser)."
                )
            case .organiser, .viewer:
                return LocalizedText(zh: "無法授權帳號「\(user)」。", en: "cannot grant '\(user)'.")
            }
        case let .mayNotEdit(delegation):
            return LocalizedText(
                zh: "你對出國案「\(delegation)」只有檢視權限，不能修改；請管理者授與承辦權限（tripwright user grant … --role organiser）。",
                en: "you may only read delegation '\(delegation)'; ask an administrator for the organiser role on it "
                    + "(`tripwright user grant … --role organiser`)."
            )
        case let .refused(detail):
            return LocalizedText(
                zh: "資料庫拒絕了這筆資料（\(detail)），本次變更未儲存。這表示輸入檢查有漏洞，請回報此訊息。",
                en: "the database refused the data (\(detail)); nothing was saved. The input checks missed this: please report the message."
            )
        case let .noSuchItem(kind, id, delegation):
            let noun = ItemNoun.of(kind)
            return LocalizedText(
                zh: "出國案「\(delegation)」沒有\(noun.zh)「\(id)」（可能已被刪除）。請回到行程表重新開啟。",
                en: "delegation '\(delegation)' has no \(noun.en) '\(id)' (it may have been deleted). Open it again from the schedule."
            )
        case let .eventHolds(_, title, h):
            let counts: [(Int, String, String)] = [
                (h.notes, "筆記 \(h.notes) 則", "\(h.notes) note(s)"), (h.photos, "照片 \(h.photos) 張", "\(h.photos) photo(s)"),
                (h.outcomes, "成果 \(h.outcomes) 項", "\(h.outcomes) outcome(s)"), (h.followUps, "後續辦理 \(h.followUps) 項", "\(h.followUps) follow-up(s)"),
                (h.peopleMet, "會晤人員 \(h.peopleMet) 位", "\(h.peopleMet) person/people met"), (h.press, "新聞 \(h.press) 則", "\(h.press) press item(s)"),
            ]
            let held = counts.filter { $0.0 > 0 }
            var zh = "行程「\(title)」不能刪除："
            var en = "event '\(title)' cannot be deleted:"
            if !held.isEmpty {
                zh += "已有紀錄（\(held.map(\.1).joined(separator: "、"))）。請先在行程頁將紀錄移到其他行程或刪除。"
                en += " it holds \(held.map(\.2).joined(separator: ", ")). Move them to another event or delete them on the event's page first."
            }
            if !h.outlines.isEmpty {
                zh += "報告大綱（\(h.outlines.joined(separator: "、"))）列有此行程，請先在「調整大綱」中移除。"
                en += " the report outline (\(h.outlines.joined(separator: ", "))) places it; take it out in 'Edit the outline' first."
            }
            return LocalizedText(zh: zh, en: en)
        }
    }

    /// The zh-Hant text.
    public var description: String { text(.zh) }
}
