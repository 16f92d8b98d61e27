import Foundation
import Testing
import TripModel

@testable import TripReport

/// The names docs/reports.md promises agencies in their snippets and kind texts: every one of
/// them still renders a value.
@Suite struct TemplateNamesTests {
    static let names = [
        "id", "title", "agency", "category", "categoryVerb", "namesAndTitles", "countryNames", "destinations",
        "period", "reportDate", "start", "endMonthDay", "end", "dayCount", "memberCount", "hasCities", "cityNames",
        "visitCount", "visitNames", "hasOrgs", "orgCount", "orgNames", "hasThemes", "themeNames",
        "hasCounterparts", "counterpartNames", "hasOutcomes", "outcomeNames", "hasPress", "pressOutlets",
        "leader.name", "leader.title", "leader.unit",
    ]

    /// The values `summary.mustache` renders when it is `{{a}}|{{b}}|…`.
    func rendered(_ names: [String], for delegation: Delegation) throws -> [String] {
        let folder = TestFolder()
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: RepoTemplates.folder, to: copy)
        try names.map { "{{\($0)}}" }.joined(separator: "|")
            .write(to: copy.appendingPathComponent("snippets/summary.mustache"), atomically: true, encoding: .utf8)
        let draft = try ReportGenerator(templates: try TemplateSet(folder: copy)).draftSummary(for: delegation)
        return draft.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("every documented name of the report's facts renders a value")
    func everyNameRenders() throws {
        let values = try rendered(Self.names, for: Kyushu.delegation())
        #expect(values.count == Self.names.count)
        for (name, value) in zip(Self.names, values) { #expect(!value.isEmpty, "\(name) rendered nothing") }
        #expect(values.first == "kyushu-2025")
        #expect(values[Self.names.firstIndex(of: "leader.name") ?? 0] == "張峯源")
        #expect(values[Self.names.firstIndex(of: "hasPress") ?? 0] == "true")
    }

    @Test("the council's names render for a council report")
    func councilNamesRender() throws {
        let names = ["council.sessionTitle", "council.title", "council.date", "#council.reporters}}{{name}}{{/council.reporters"]
        let values = try rendered(names, for: USA.delegation())
        for (name, value) in zip(names, values) { #expect(!value.isEmpty, "\(name) rendered nothing") }
    }
}
