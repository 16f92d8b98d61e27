import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("YAML mistakes are located where they start, in the user's language, and bounded")
struct PlanYAMLTests {
    @Test("an unterminated quote is reported at the quote, not past the end of the file")
    func unterminatedQuote() throws {
        let text = minimalPlan().replacingOccurrences(of: "title: 測試", with: "title: \"測試")
        let e = try #require(readErrors(text).first)
        #expect(e.problem == .syntax(.unterminatedQuote))
        #expect(e.line == 3 && e.column == 8)
    }

    @Test("zh messages carry no libyaml English, whatever the mistake")
    func noParserEnglish() throws {
        let broken = [
            "id: [unclosed\ntitle: x", "title: a: b", "\ttitle: x", "title: @x", "- a\nb: c", "title: \"\\q\"",
            "x: &\n", "x: *nothing", "x: |0\n  a", "%FOO\n---\nx: 1", "a: 1\n---\nb: 2", "key\nother: 1",
            "x: " + String(repeating: "[", count: 1_100),
        ]
        for text in broken {
            let errors = readErrors("tripwright: 1\n" + text + "\n")
            let e = try #require(errors.first, "\(text)")
            guard case let .syntax(kind) = e.problem else {
                Issue.record("\(text): \(e.problem)")
                continue
            }
            if case .other = kind { Issue.record("\(text) is not classified: \(e.text(.en))") }
            let zh = e.problem.text(.zh)
            #expect(!zh.contains("while ") && !zh.contains("found ") && !zh.contains("expected"), "\(zh)")
            #expect(e.line >= 1 && e.column >= 1)
        }
    }

    @Test("a duplicate key names itself, points at the second occurrence and gives the first line")
    func duplicateKey() throws {
        let text = minimalPlan(eventExtra: "  title: 又一個標題")
        let errors = readErrors(text)
        #expect(errors.map(\.problem) == [.duplicateKey("title", firstLine: 14)])
        #expect(errors.first?.line == 17)
        #expect(errors.first?.text(.zh).contains("第一次在第 14 行") == true)
    }

    @Test("every duplicate key in the file is reported, not only the first")
    func everyDuplicate() {
        let text = minimalPlan(eventExtra: "  title: 二\n  date: 2025-09-03").replacingOccurrences(of: "agency: 測試局", with: "agency: 測試局\nagency: 又一局")
        #expect(readErrors(text).filter { if case .duplicateKey = $0.problem { true } else { false } }.count == 3)
    }

    @Test("aliases that multiply a note a hundred times are refused at the alias that crosses the limit")
    func aliasAmplification() throws {
        let big = String(repeating: "x", count: 100_000)
        let notes = "  notes:\n  - text: &big \(big)\n" + String(repeating: "  - text: *big\n", count: 99)
        let clock = ContinuousClock()
        var errors: [PlanError] = []
        let took = clock.measure { errors = readErrors(minimalPlan(eventExtra: notes)) }
        guard case .syntax(.expansion) = try #require(errors.first).problem else {
            Issue.record("got \(errors)")
            return
        }
        #expect(took < .seconds(5))
    }

    @Test("nested aliases (a billion laughs) and an alias used as a key are refused quickly")
    func billionLaughs() throws {
        var lines = ["tripwright: 1", "l0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in 1...9 { lines.append("l\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]") }
        let clock = ContinuousClock()
        var asValue: [PlanError] = []
        var asKey: [PlanError] = []
        let took = clock.measure {
            asValue = readErrors((lines + ["keywords: *a9"]).joined(separator: "\n"))
            asKey = readErrors((lines.prefix(4) + ["? *a2", ": 1"]).joined(separator: "\n"))
        }
        #expect(asValue.contains { if case .syntax(.expansion) = $0.problem { true } else { false } })
        #expect(asKey.first?.problem == .syntax(.complexKey))
        #expect(took < .seconds(5))
    }

    @Test("65,536 unknown keys are answered in seconds with a screenful and a count (tools/malformed_corpus.sh runs 524,288)")
    func manyUnknownKeys() throws {
        var text = "tripwright: 1\n"
        for i in 0..<65_536 { text += "k\(i): 1\n" }
        let clock = ContinuousClock()
        var caught: PlanErrors?
        let took = clock.measure {
            do { _ = try PlanReader().read(text: text, fileName: "plan.yaml", baseDirectory: fixture("")) } catch let e as PlanErrors {
                caught = e
            } catch {}
        }
        let errors = try #require(caught)
        #expect(errors.count >= 65_536)
        let printed = errors.text(.zh).components(separatedBy: "\n")
        #expect(printed.count == PlanLimits.printedErrors + 1)
        #expect(printed.last?.hasPrefix("…另有 ") == true)
        #expect(took < .seconds(10))
    }

    @Test("a second document in the file is refused where it starts")
    func secondDocument() throws {
        let e = try #require(readErrors(minimalPlan() + "\n---\nid: other\n").first)
        #expect(e.problem == .syntax(.secondDocument))
    }

    @Test("echoed text never carries a control character to the terminal")
    func escapesEchoes() throws {
        let e = try #require(readErrors(minimalPlan(extra: "\"\\e[2Jgone\": 1")).first)
        #expect(!e.text(.zh).unicodeScalars.contains { $0.value == 0x1B })
        #expect(e.text(.zh).contains("\\u{1B}"))
    }
}
