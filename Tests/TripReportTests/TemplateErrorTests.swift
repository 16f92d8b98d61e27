import Foundation
import Testing
import TripModel

@testable import TripReport

/// A templates folder fails like a plan file: every problem with its file, the key in a kind
/// file, and the line and column in the file (of the very character the Mustache parser stops
/// at, escapes in the JSON string counted as written), in zh-Hant and in English.
@Suite struct TemplateErrorTests {
    /// A copy of the shipped templates with `edit` applied to one file's text.
    func templates(editing file: String, _ edit: (String) -> String) throws -> (TestFolder, URL) {
        let folder = TestFolder()
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: RepoTemplates.folder, to: copy)
        let url = copy.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return (folder, copy)
    }

    /// The problems reading `folder` reports (none when it reads).
    func problems(_ folder: URL) -> [TemplateProblem] {
        do {
            _ = try TemplateSet(folder: folder)
            return []
        } catch {
            guard case let .templates(problems) = error else { return [] }
            return problems
        }
    }

    /// Line (from 1) and column (characters, from 1) of the first `needle` in `text`.
    func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        for (i, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) { return (i + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    @Test("a broken tag in a kind's cover line names the file, the key, and the line and column of the wrong name in the file")
    func brokenCoverTag() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(of: #""text": "服務機關：{{agency}}""#, with: #""text": "服務\"機關\"：{{#agency}}x{{/agnecy}}""#)
        }
        let file = try String(contentsOf: copy.appendingPathComponent("kinds/trip.json"), encoding: .utf8)
        let found = problems(copy)
        #expect(found.count == 1)
        let problem = try #require(found.first)
        let expected = try #require(position(of: "agnecy}}", in: file))
        #expect(problem.file.hasSuffix("kinds/trip.json"))
        #expect(problem.key == "cover[5].text")
        #expect(problem.line == expected.line && problem.column == expected.column)
        #expect(problem.reason == .mustache(.sectionCloseNameIncorrect))
        _ = folder
    }

    @Test("the message reads wholly in each language, with FILE:LINE:COLUMN and the key")
    func messageInBothLanguages() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(of: #""text": "服務機關：{{agency}}""#, with: #""text": "服務機關：{{agency}""#)
        }
        do {
            _ = try TemplateSet(folder: copy)
            Issue.record("the broken tag was accepted")
        } catch {
            let zh = error.text(.zh)
            let en = error.text(.en)
            #expect(zh.contains("kinds/trip.json:11:") && zh.contains("「cover[5].text」") && zh.contains("標籤沒有以 }} 結束"))
            #expect(!zh.contains("syntax") && !zh.contains("ParserError") && !zh.contains("overflow"))
            #expect(en.contains("kinds/trip.json:11:") && en.contains("cover[5].text: Mustache syntax: a tag is not closed"))
        }
        _ = folder
    }

    @Test("a mistake on the second line of a text is placed past the \\n escape that starts it")
    func secondLineOfAText() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(
                of: #"{ "title": "目的", "fill": "purpose" },"#,
                with: #"{ "title": "目的", "fill": "purpose", "text": "第一段\n第二段{{#a}}{{/b}}" },"#
            )
        }
        let file = try String(contentsOf: copy.appendingPathComponent("kinds/trip.json"), encoding: .utf8)
        let problem = try #require(problems(copy).first)
        let expected = try #require(position(of: "b}}\" }", in: file))
        #expect(problem.key == "sections[2].text")
        #expect(problem.line == expected.line && problem.column == expected.column)
        _ = folder
    }

    @Test("\\u escapes, a surrogate pair among them, count as the one character each stands for")
    func unicodeEscapes() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(
                of: #"{ "title": "建議", "fill": "suggestions" },"#,
                with: #"{ "title": "\u5EFA\u8B70\uD83D\uDE00{{#a}}{{/bb}}", "fill": "suggestions" },"#
            )
        }
        let file = try String(contentsOf: copy.appendingPathComponent("kinds/trip.json"), encoding: .utf8)
        let problem = try #require(problems(copy).first)
        let expected = try #require(position(of: "bb}}", in: file))
        #expect(problem.key == "sections[5].title")
        #expect(problem.line == expected.line && problem.column == expected.column)
        _ = folder
    }

    @Test("a fill no filler has names the key, its place in the file and the fills there are")
    func unknownFill() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(of: #""fill": "reflections""#, with: #""fill": "reflexions""#)
        }
        let file = try String(contentsOf: copy.appendingPathComponent("kinds/trip.json"), encoding: .utf8)
        let problem = try #require(problems(copy).first)
        let expected = try #require(position(of: #""reflexions""#, in: file))
        #expect(problem.key == "sections[4].fill")
        #expect(problem.line == expected.line && problem.column == expected.column)
        #expect(problem.reason == .badValue("reflexions", allowed: Filler.allCases.map(\.rawValue)))
        #expect(ReportError.templates([problem]).text(.zh).contains("「sections[4].fill」的值「reflexions」無效，可用：summary、members"))
        _ = folder
    }

    @Test("a kind file that is not JSON is refused at the place the JSON reader stopped")
    func notJSON() throws {
        let (folder, copy) = try templates(editing: "kinds/council.json") {
            $0.replacingOccurrences(of: #""file_suffix": "專案報告","#, with: #""file_suffix": "專案報告""#)
        }
        let problem = try #require(problems(copy).first)
        #expect(problem.file.hasSuffix("kinds/council.json"))
        #expect(problem.reason == .notJSON)
        #expect(problem.line == 5)
        _ = folder
    }

    @Test("a broken snippet is placed in its own file, line and column")
    func brokenSnippet() throws {
        let (folder, copy) = try templates(editing: "snippets/prompt-visit.mustache") { _ in "第一行\n請記述 {{#kind}}{{title}}{{/kinds}}。" }
        let problem = try #require(problems(copy).first)
        #expect(problem.file.hasSuffix("snippets/prompt-visit.mustache"))
        #expect(problem.key == nil)
        #expect(problem.line == 2 && problem.column == 26)
        #expect(problem.reason == .mustache(.sectionCloseNameIncorrect))
        _ = folder
    }

    @Test("a cover line repeated over a list the facts do not have is refused when the templates are read")
    func unknownList() throws {
        let (folder, copy) = try templates(editing: "kinds/council.json") {
            $0.replacingOccurrences(of: #""each": "council.reporters""#, with: #""each": "council.reporter""#)
        }
        let problem = try #require(problems(copy).first)
        #expect(problem.key == "cover[6].each")
        #expect(problem.reason == .unknownList("council.reporter", known: ["council.reporters"]))
        _ = folder
    }

    @Test("a snippet that cannot be read, or no snippets folder, is a problem, not an empty text")
    func unreadableSnippets() throws {
        let (folder, copy) = try templates(editing: "snippets/summary.mustache") { $0 }
        let summary = copy.appendingPathComponent("snippets/summary.mustache")
        try FileManager.default.removeItem(at: summary)
        try FileManager.default.createDirectory(at: summary, withIntermediateDirectories: false)
        #expect(problems(copy).contains { $0.file.hasSuffix("snippets/summary.mustache") })
        try FileManager.default.removeItem(at: copy.appendingPathComponent("snippets"))
        #expect(problems(copy).contains { $0.file.hasSuffix("snippets") })
        _ = folder
    }

    @Test("every problem of the folder is reported at once")
    func everyProblemAtOnce() throws {
        let (folder, copy) = try templates(editing: "kinds/trip.json") {
            $0.replacingOccurrences(of: #""text": "服務機關：{{agency}}""#, with: #""text": "服務機關：{{agency}""#)
        }
        try "{{#a}}".write(to: copy.appendingPathComponent("snippets/prompt-press.mustache"), atomically: true, encoding: .utf8)
        #expect(problems(copy).count == 2)
        _ = folder
    }
}
