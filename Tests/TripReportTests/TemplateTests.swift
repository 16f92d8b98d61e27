import Foundation
import Testing

@testable import TripReport

@Suite struct TemplateTests {
    /// A copy of the shipped templates an agency can edit.
    func copyOfTemplates() throws -> (TestFolder, URL) {
        let folder = TestFolder()
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: RepoTemplates.folder, to: copy)
        return (folder, copy)
    }

    @Test func agencyCanRenameAPartInItsOwnTemplates() throws {
        let (folder, copy) = try copyOfTemplates()
        let kind = copy.appendingPathComponent("kinds/trip.json")
        let text = try String(contentsOf: kind, encoding: .utf8).replacingOccurrences(of: "\"心得\"", with: "\"心得及建議\"")
        try text.write(to: kind, atomically: true, encoding: .utf8)
        let generator = ReportGenerator(templates: try TemplateSet(folder: copy))
        let doc = try generator.document(for: Kyushu.delegation(), kind: "trip", photoRoot: folder.url)
        #expect(doc.headings.filter { $0.level == 1 }.map(\.fullText).contains("伍、心得及建議"))
    }

    @Test func agencyCanRewordTheSummaryDraft() throws {
        let (folder, copy) = try copyOfTemplates()
        try "本局{{leader.name}}{{leader.title}}率 {{memberCount}} 人赴{{countryNames}}。".write(
            to: copy.appendingPathComponent("snippets/summary.mustache"),
            atomically: true,
            encoding: .utf8
        )
        let generator = ReportGenerator(templates: try TemplateSet(folder: copy))
        #expect(try generator.draftSummary(for: Kyushu.delegation()) == "本局張峯源局長率 4 人赴日本。")
        _ = folder
    }

    @Test func unknownKindListsTheKnownOnes() throws {
        #expect(throws: ReportError.unknownKind("memo", known: ["abstract", "council", "review-form", "trip"])) {
            try RepoTemplates.load().kind("memo")
        }
    }

    @Test func brokenMustacheNamesTheFile() throws {
        let (folder, copy) = try copyOfTemplates()
        try "{{#open}} never closed".write(to: copy.appendingPathComponent("snippets/summary.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try TemplateSet(folder: copy)
        } throws: { error in
            "\(error)".contains("summary.mustache") && "\(error)".contains("Mustache syntax")
        }
        _ = folder
    }

    @Test func missingTemplatesFolderSaysWhatItExpects() {
        #expect {
            try TemplateSet(folder: URL(fileURLWithPath: "/nonexistent-templates"))
        } throws: { error in
            "\(error)".contains("kinds/*.json")
        }
    }

    @Test func formatListRejectsUnknownNamesWithTheValidOnes() throws {
        #expect(throws: ReportError.unknownFormat("rtf")) { try ReportFormat.list("odt,rtf") }
        #expect(try ReportFormat.list("pdf, md,odt,md") == [.md, .odt, .pdf])
    }
}
