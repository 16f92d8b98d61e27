import TripModel

/// A YAML mistake, by kind, so that the message can say in the user's language what to change
/// (libyaml's own English is kept only for kinds not listed, and only in English messages).
public enum YAMLProblem: Hashable, Sendable {
    /// A quote opened here is never closed.
    case unterminatedQuote
    /// A backslash escape in double quotes that YAML does not know.
    case badEscape
    /// A `[` or `{` opened here is not closed (or its items lack a comma); `foundLine` is where
    /// something else was found.
    case unclosedBracket(opener: String, foundLine: Int)
    /// `key: value` inside a value (a colon and a space in unquoted text), or a bad indent.
    case colonInValue
    /// A line indented unlike the other keys of its level.
    case badIndentation
    /// A tab used for indentation.
    case tab
    /// A value starting with a character reserved by YAML (`@`, `` ` ``, `%`).
    case reservedStart(String)
    /// A line that looks like a key but has no colon.
    case missingColon
    /// A `- ` list item where a list cannot start.
    case listHere
    /// A stray `:` or `?`.
    case unexpectedIndicator(String)
    /// `&` or `*` with no anchor name after it.
    case anchorName
    /// A `|` or `>` block written wrongly.
    case blockScalar
    /// A `%` directive or `!` tag that cannot be read.
    case directive
    /// A second document (`---`) in one file.
    case secondDocument
    /// More than libyaml's 1,000 levels of nesting.
    case tooDeep
    /// `*name` with no `&name` before it.
    case undefinedAlias(String)
    /// A key that is a list, a mapping or an alias to one.
    case complexKey
    /// Aliases expand the plan past `limit` bytes.
    case expansion(limit: Int)
    /// Any other libyaml error, with its own words.
    case other(String)

    /// What is wrong and how to fix it.
    public var message: LocalizedText {
        switch self {
        case .unterminatedQuote:
            return LocalizedText(
                zh: "這裡開始的引號直到檔案結尾都沒有結束。請在文字後補上對應的引號（\" 或 '），或刪除這個開頭的引號。",
                en:
                    "the quote that opens here is never closed before the end of the file. Add the matching quote (\" or ') after the text, or delete this opening quote."
            )
        case .badEscape:
            return LocalizedText(
                zh: "雙引號文字中的反斜線 \\ 後面不是有效的跳脫字元。要寫反斜線本身請寫成 \\\\，或改用單引號括起。",
                en:
                    "a backslash \\ inside double quotes is followed by something that is not an escape. Write \\\\ for a backslash, or use single quotes."
            )
        case let .unclosedBracket(opener, foundLine):
            let closer = opener == "[" ? "]" : "}"
            return LocalizedText(
                zh: "這裡開始的「\(opener)」沒有以「\(closer)」結束，或項目之間少了逗號（第 \(foundLine) 行讀到不符合的內容）。請補上「\(closer)」或逗號。",
                en:
                    "the '\(opener)' that opens here is not closed with '\(closer)', or its items lack a comma (line \(foundLine) has something else). Add the '\(closer)' or the comma."
            )
        case .colonInValue:
            return LocalizedText(
                zh: "這裡的值中有「: 」（冒號加空白），YAML 把它當成新的欄位；或是這一行的縮排多於上一個欄位。請用雙引號括起整個值（例如 title: \"會議：議程\"），或修正縮排。",
                en:
                    "a value here contains ': ' (a colon and a space), which YAML reads as a new key; or the line is indented more than the key above. Put the whole value in double quotes (e.g. title: \"Meeting: agenda\"), or fix the indentation."
            )
        case .badIndentation:
            return LocalizedText(
                zh: "這一行的縮排與同一層的其他欄位不一致（或上一行的值沒有寫完）。請讓同一層的欄位從同一欄開始，清單項目的「- 」也要對齊。",
                en:
                    "this line is indented unlike the other keys of its level (or the line above is unfinished). Start the keys of one level in the same column, and line up the '- ' of list items."
            )
        case .tab:
            return LocalizedText(
                zh: "縮排中有 Tab 字元，YAML 只接受空白縮排。請把 Tab 換成空白。",
                en: "there is a tab in the indentation; YAML indents with spaces only. Replace the tab with spaces."
            )
        case let .reservedStart(character):
            return LocalizedText(
                zh: "值不能以「\(character)」開頭（YAML 保留此字元）。請用引號括起整個值。",
                en: "a value cannot start with '\(character)' (YAML reserves it). Put the whole value in quotes."
            )
        case .missingColon:
            return LocalizedText(
                zh: "這一行看似欄位，卻找不到冒號「:」。請寫成「欄位: 值」（冒號後留一個空白）；多行文字請用「|」。",
                en:
                    "this line looks like a key but has no colon ':'. Write 'key: value' (a space after the colon); use '|' for text on several lines."
            )
        case .listHere:
            return LocalizedText(
                zh: "這裡不能開始「- 」清單：清單要從欄位的下一行開始並縮排；若是文字以 - 開頭，請加引號。",
                en: "a '- ' list cannot start here: start the list on the line after its key, indented; put text that starts with - in quotes."
            )
        case let .unexpectedIndicator(character):
            return LocalizedText(
                zh: "這裡多了一個「\(character)」。請刪除它，或用引號括起含有「\(character)」的文字。",
                en: "there is a stray '\(character)' here. Delete it, or put the text that contains it in quotes."
            )
        case .anchorName:
            return LocalizedText(
                zh: "「&」或「*」後面要接錨點名稱（英文字母或數字）。文字以 & 或 * 開頭時請加引號。",
                en: "'&' or '*' must be followed by an anchor name (letters or digits). Put text that starts with & or * in quotes."
            )
        case .blockScalar:
            return LocalizedText(
                zh: "「|」或「>」多行文字的寫法有誤：請在符號後只接縮排數字或 + / -，文字從下一行縮排後開始。",
                en:
                    "a '|' or '>' block is written wrongly: only an indentation digit or + / - may follow the sign, and the text starts on the next line, indented."
            )
        case .directive:
            return LocalizedText(
                zh: "以 % 開頭的 YAML 指令或以 ! 開頭的標記無法讀取；計畫檔不需要它們，請刪除。",
                en: "a YAML directive (starting with %) or tag (starting with !) cannot be read; plans need neither: delete it."
            )
        case .secondDocument:
            return LocalizedText(
                zh: "計畫檔只能有一份文件，這裡的「---」或「...」開始了第二份。請刪除它及其後的內容，或另存為另一個計畫檔。",
                en:
                    "a plan file holds one document, and the '---' or '...' here starts a second. Delete it and what follows, or save that part as another plan file."
            )
        case .tooDeep:
            return LocalizedText(
                zh: "巢狀層數超過 1000 層，不是計畫檔的結構。請檢查括號「[」「{」是否成對。",
                en: "more than 1,000 levels of nesting, which no plan has. Check that the brackets '[' and '{' are paired."
            )
        case let .undefinedAlias(name):
            return LocalizedText(
                zh: "「*\(name)」引用的錨點「&\(name)」不存在（錨點要在引用之前定義）。請改正名稱，或直接寫出內容。",
                en: "'*\(name)' refers to an anchor '&\(name)' that is not defined before it. Fix the name, or write the content out."
            )
        case .complexKey:
            return LocalizedText(
                zh: "欄位名稱只能是文字，這裡卻是清單、對應表或指向它們的別名。請改寫為「欄位: 值」。",
                en: "a key must be text, and this one is a list, a mapping or an alias to one. Write 'key: value'."
            )
        case let .expansion(limit):
            return LocalizedText(
                zh: "別名（*名稱）展開後的內容超過 \(limit / 1024) KB，遠大於檔案本身，計畫檔不接受這樣的放大。請直接寫出內容，或減少別名的引用次數。",
                en:
                    "aliases (*name) expand the plan past \(limit / 1024) KB, far beyond the file itself, which a plan may not do. Write the content out, or refer to the alias fewer times."
            )
        case let .other(raw):
            return LocalizedText(
                zh: "YAML 格式有誤，無法從這裡繼續讀取（常見原因：縮排不一致、冒號後少了空白、引號或括號沒有成對）。請檢查這一行與上一行。",
                en:
                    "the YAML cannot be read from here (libyaml: \(raw)). Check this line and the one above for indentation, a missing space after a colon, or an unpaired quote or bracket."
            )
        }
    }
}
