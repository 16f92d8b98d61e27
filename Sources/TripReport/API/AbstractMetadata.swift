import Foundation
import TripModel

/// The facts the national upload system (公務出國報告資訊網) asks for, in its field order.
public struct AbstractMetadata: Sendable {
    /// Field names and values, in the system's order; members are listed separately.
    public var fields: [(name: String, value: String)]
    /// 出國人員: 姓名, 服務機關, 服務單位, 職稱, 官職等 for each member.
    public var members: [[String: String]]
    /// 報告書頁數, when the PDF was there to count.
    public var pageCount: Int?

    /// Builds the metadata for a delegation; `pageCount` comes from the trip report's PDF.
    init(context: ReportContext, summary: String, pageCount: Int?) {
        let d = context.delegation
        self.pageCount = pageCount
        members = d.members.sorted { $0.order < $1.order }.map { m in
            [
                "姓名": m.name, "服務機關": d.agency, "服務單位": AbstractMetadata.unit(m.unit, agency: d.agency),
                "職稱": m.title, "官職等": m.rank ?? "",
            ]
        }
        // 姓名/服務機關/服務單位/職稱[/官職等]: a field not given is left out, not left empty
        // (`張峯源/…/局長/` ended each person with a slash).
        let people = members.map { m in
            ["姓名", "服務機關", "服務單位", "職稱", "官職等"].compactMap { m[$0] }.filter { !$0.isEmpty }.joined(separator: "/")
        }
        fields = [
            ("計畫名稱", AbstractMetadata.planName(d)),
            ("報告名稱", AbstractMetadata.reportName(d.title)),
            ("報告日期", d.reportDate.map(ROCDate.slashed) ?? ""),
            ("報告書頁數", pageCount.map(String.init) ?? ""),
            ("計畫主辦機關", d.agency),
            ("出國人員", people.joined(separator: "；")),
            ("出國人數", String(d.travellerCount)),
            ("出國期間", "\(ROCDate.slashed(d.start)) 至 \(ROCDate.slashed(d.end))"),
            // 前往地區 names countries; cities belong in the summary, not beside them.
            ("前往地區", context.countryNames.joined(separator: "、")),
            ("參訪機關", context.organisations.joined(separator: "、")),
            ("出國類別", d.category.zh),
            ("關鍵詞", (d.keywords.isEmpty ? context.themes : d.keywords).joined(separator: "、")),
            // 主題分類 is the upload system's own classification: the plan's `subjects`, never the
            // trip's themes again (they are the 關鍵詞 when no keywords are written).
            ("主題分類", d.subjects.joined(separator: "、")),
            ("報告內容摘要", summary),
        ]
    }

    /// 計畫名稱: `Delegation.planNameOrTitle`, the one rule every front end shows.
    static func planName(_ d: Delegation) -> String { d.planNameOrTitle }

    /// The report's name: the plan title with 出國報告 added unless it already ends in 報告.
    static func reportName(_ title: String) -> String {
        title.hasSuffix("報告") ? title : title + "出國報告"
    }

    /// 臺中市政府經濟發展局(商業科) → 商業科; a unit equal to the agency stays as it is.
    static func unit(_ unit: String, agency: String) -> String {
        if unit.hasPrefix(agency) {
            let rest = unit.dropFirst(agency.count).trimmingCharacters(in: CharacterSet(charactersIn: "()（） "))
            return rest.isEmpty ? unit : rest
        }
        return unit
    }

    /// The value of a field.
    public func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// JSON with the fields in order and 出國人員 as a list of objects.
    public func json() -> String {
        func quote(_ s: String) -> String {
            // JSONEncoder escapes the string; keys and values go through the same path.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            return (try? String(decoding: encoder.encode(s), as: UTF8.self)) ?? "\"\""
        }
        var lines: [String] = []
        for (name, value) in fields {
            if name == "出國人員" {
                let objects = members.map { m in
                    "    {"
                        + ["姓名", "服務機關", "服務單位", "職稱", "官職等"]
                        .map { "\(quote($0)): \(quote(m[$0] ?? ""))" }.joined(separator: ", ") + "}"
                }
                lines.append("  \(quote(name)): [\n" + objects.joined(separator: ",\n") + "\n  ]")
            } else if name == "報告書頁數" || name == "出國人數" {
                lines.append("  \(quote(name)): \(value.isEmpty ? "null" : value)")
            } else {
                lines.append("  \(quote(name)): \(quote(value))")
            }
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// CSV (RFC 4180): a header row of field names and one row of values. A value a spreadsheet
    /// would run as a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's CSV
    /// injection advice) starts with an apostrophe, which spreadsheets show as text; the JSON beside
    /// it keeps the value as written.
    public func csv() -> String {
        func cell(_ value: String) -> String {
            let s = value.first.map { "=+-@\t\r".contains($0) } == true ? "'" + value : value
            return s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return fields.map { cell($0.name) }.joined(separator: ",") + "\r\n"
            + fields.map { cell($0.value) }.joined(separator: ",") + "\r\n"
    }
}
