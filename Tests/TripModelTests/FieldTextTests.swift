import Testing
import TripModel

@Suite("What a text field may hold")
struct FieldTextTests {
    @Test("a one-line field refuses a line break")
    func lineBreakInLine() {
        #expect(FieldText.problem(in: "拜會\n福岡市", shape: .line) == .lineBreak)
        #expect(FieldText.problem(in: "拜會\u{2028}福岡市", shape: .line) == .lineBreak)
    }

    @Test("a paragraph field keeps line breaks and tabs")
    func paragraphsKeepBreaks() {
        #expect(FieldText.problem(in: "第一段\n\n第二段\t完", shape: .paragraphs) == nil)
    }

    @Test("every field refuses escape and bell characters, naming the code point")
    func controlCharacters() {
        #expect(FieldText.problem(in: "標題\u{1B}[31m", shape: .line) == .controlCharacter(0x1B))
        #expect(FieldText.problem(in: "筆記\u{07}", shape: .paragraphs) == .controlCharacter(0x07))
        #expect(FieldText.Problem.controlCharacter(0x1B).message(field: "title").en.contains("U+001B"))
    }

    @Test("a one-line field refuses a tab")
    func tabInLine() { #expect(FieldText.problem(in: "a\tb", shape: .line) == .controlCharacter(0x09)) }

    @Test("a bidi override is refused in any field")
    func bidi() { #expect(FieldText.problem(in: "abc\u{202E}fed", shape: .paragraphs) == .bidiControl(0x202E)) }

    @Test("a required field refuses white space alone")
    func emptyRequired() {
        #expect(FieldText.problem(in: "  ", shape: .line, required: true) == .empty)
        #expect(FieldText.problem(in: "", shape: .line) == nil)
    }

    @Test("a line holds 1,000 characters and paragraphs 50,000; more is refused with both counts")
    func tooLong() {
        #expect(FieldText.problem(in: String(repeating: "福", count: 1_000), shape: .line) == nil)
        #expect(FieldText.problem(in: String(repeating: "福", count: 1_001), shape: .line) == .tooLong(count: 1_001, limit: 1_000))
        #expect(FieldText.problem(in: String(repeating: "福\n", count: 25_000), shape: .paragraphs) == nil)
        #expect(FieldText.problem(in: String(repeating: "A", count: 200_000), shape: .paragraphs) == .tooLong(count: 200_000, limit: 50_000))
        #expect(FieldText.Problem.tooLong(count: 1_001, limit: 1_000).message(field: "說明").zh.contains("最多 1000 字"))
    }

    @Test("Chinese, Japanese, Hangul and emoji text passes")
    func ordinaryText() { #expect(FieldText.problem(in: "拜會 福岡市役所 부산 São Paulo 🙂", shape: .line) == nil) }
}
