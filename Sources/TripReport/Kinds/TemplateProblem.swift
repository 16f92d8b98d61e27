import Foundation
import TripModel

/// What is wrong in a templates folder, where: the file, the key in a kind file, and the line
/// and column within the file (of the character a Mustache text goes wrong at, counted in the
/// file as written, escapes and all), as plan files are reported.
public struct TemplateProblem: Hashable, Sendable {
    /// Why the file cannot be used.
    public enum Reason: Hashable, Sendable {
        /// The folder has no `kinds/` folder.
        case noKindsFolder
        /// No templates folder beside the program or in the current folder.
        case notFound
        /// A snippet the report needs is not in `snippets/`.
        case missingSnippet
        /// The file cannot be read.
        case unreadable(FileProblem)
        /// Not JSON (a comma, quote or bracket missing or extra).
        case notJSON
        /// A required key is missing.
        case missingKey(String)
        /// A value of the wrong shape: `expected` is text, a list, an object, true or false.
        case wrongType(expected: String)
        /// A word the key does not take (`"fill": "visitz"`), with the words it takes.
        case badValue(String, allowed: [String])
        /// `each` names no list of the report's facts.
        case unknownList(String, known: [String])
        /// A Mustache text that does not parse.
        case mustache(MustacheSyntax)
    }

    /// What a Mustache parser found wrong.
    public enum MustacheSyntax: Hashable, Sendable {
        /// `{{#a}}…{{/b}}`.
        case sectionCloseNameIncorrect
        /// A tag not closed by `}}`.
        case unfinishedName
        /// A section never closed.
        case expectedSectionEnd
        /// Anything else the parser refuses, by its name.
        case other(String)
    }

    /// The file, as a path.
    public var file: String
    /// The key in a kind file (`sections[3].title`), nil for the file as a whole.
    public var key: String?
    /// Line in the file, from 1; 0 when unknown.
    public var line: Int
    /// Column in characters, from 1; 0 when unknown.
    public var column: Int
    /// What is wrong.
    public var reason: Reason

    /// Creates a problem.
    public init(file: String, key: String? = nil, line: Int = 0, column: Int = 0, reason: Reason) {
        self.file = file
        self.key = key
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `FILE:LINE:COLUMN` (`FILE` alone when the place is not known).
    public var location: String { line > 0 ? "\(file):\(line):\(column)" : file }

    /// What is wrong, with the key, in both languages (no file: `message` adds it).
    public var detail: LocalizedText {
        let what = reason.message
        guard let key else { return what }
        return LocalizedText(zh: "「\(key)」\(what.zh)", en: "\(key): \(what.en)")
    }
}

extension TemplateProblem.Reason {
    /// What is wrong, in both languages.
    public var message: LocalizedText {
        switch self {
        case .noKindsFolder:
            LocalizedText(
                zh: "沒有 kinds/ 資料夾；樣板資料夾應有 kinds/*.json、snippets/*.mustache 與 styles/reference.json",
                en: "no kinds/ folder; expected kinds/*.json, snippets/*.mustache, styles/reference.json"
            )
        case .notFound:
            LocalizedText(
                zh: "在程式旁與目前資料夾都找不到 Templates 資料夾；請以 --templates 指定",
                en: "the Templates folder was not found beside the program or in the current folder; pass --templates DIR"
            )
        case .missingSnippet:
            LocalizedText(zh: "檔案不存在，但報告需要它", en: "is missing, and the report needs it")
        case let .unreadable(problem):
            LocalizedText(zh: "無法讀取（\(problem.message.zh)）", en: "cannot be read (\(problem.message.en))")
        case .notJSON:
            LocalizedText(
                zh: "不是有效的 JSON（多半是少了或多了逗號、引號或括號）",
                en: "invalid: not JSON (most often a comma, quote or bracket missing or extra)"
            )
        case let .missingKey(key):
            LocalizedText(zh: "缺少必填的「\(key)」", en: "invalid: the required key '\(key)' is missing")
        case let .wrongType(expected):
            LocalizedText(zh: "的值應為\(TemplateProblem.shape(expected).zh)", en: "invalid: must be \(TemplateProblem.shape(expected).en)")
        case let .badValue(value, allowed):
            LocalizedText(
                zh: "的值「\(value)」無效，可用：\(allowed.joined(separator: "、"))",
                en: "invalid: '\(value)' is not one of \(allowed.joined(separator: ", "))"
            )
        case let .unknownList(name, known):
            LocalizedText(
                zh: "的「\(name)」不是可逐項重複的清單，可用：\(known.joined(separator: "、"))",
                en: "'\(name)' is not a list a line can repeat over; use one of \(known.joined(separator: ", "))"
            )
        case let .mustache(syntax):
            syntax.message
        }
    }
}

extension TemplateProblem.MustacheSyntax {
    /// The mistake in both languages; the English starts with `Mustache syntax`.
    public var message: LocalizedText {
        switch self {
        case .sectionCloseNameIncorrect:
            LocalizedText(
                zh: "Mustache 語法錯誤：區段的結尾與開頭名稱不同（{{#名稱}}…{{/名稱}}）",
                en: "Mustache syntax: a section ends under another name than it starts with ({{#name}}…{{/name}})"
            )
        case .unfinishedName:
            LocalizedText(zh: "Mustache 語法錯誤：標籤沒有以 }} 結束", en: "Mustache syntax: a tag is not closed with }}")
        case .expectedSectionEnd:
            LocalizedText(zh: "Mustache 語法錯誤：區段沒有結尾（缺少 {{/名稱}}）", en: "Mustache syntax: a section is never closed ({{/name}} missing)")
        case let .other(name):
            LocalizedText(zh: "Mustache 語法錯誤（\(name)）", en: "Mustache syntax: \(name)")
        }
    }
}

extension TemplateProblem {
    /// A value's expected shape by its Swift type's name, as a user calls it.
    static func shape(_ type: String) -> LocalizedText {
        if type.hasPrefix("Array") || type.hasPrefix("[") { return LocalizedText(zh: "清單 [ … ]", en: "a list [ … ]") }
        if type.hasPrefix("Dictionary") { return LocalizedText(zh: "物件 { … }", en: "an object { … }") }
        if type == "Bool" { return LocalizedText(zh: " true 或 false", en: "true or false") }
        if type == "Double" || type == "Int" { return LocalizedText(zh: "數字", en: "a number") }
        if type == "String" { return LocalizedText(zh: "文字（加上引號）", en: "text (in quotes)") }
        return LocalizedText(zh: "物件 { … }", en: "an object { … }")
    }
}
