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

    @Test("Chinese, Japanese, Hangul and emoji text passes")
    func ordinaryText() { #expect(FieldText.problem(in: "拜會 福岡市役所 부산 São Paulo 🙂", shape: .line) == nil) }
}
