import Testing
import TripModel

/// What a terminal is given of user and plan text (issue 9 §8).
@Suite("Terminal output shows control and bidi characters as escapes")
struct TerminalTextTests {
    @Test("the escape sequences of cases/integrity/D10-ansi-title.yaml are shown, not obeyed")
    func ansiTitle() {
        let title = "\u{1B}[2K\u{1B}[1A\u{1B}[2K\u{1B}[32mall good\u{1B}[0m \u{202E}gnp.exe"
        #expect(TerminalText.neutralised(title) == "\\u{1B}[2K\\u{1B}[1A\\u{1B}[2K\\u{1B}[32mall good\\u{1B}[0m \\u{202E}gnp.exe")
    }

    @Test("line feeds and tabs stay; CR, BEL, DEL, C1 (CSI), separators and isolates are escaped")
    func whichCharacters() {
        #expect(TerminalText.neutralised("a\nb\tc") == "a\nb\tc")
        #expect(
            TerminalText.neutralised("a\rb\u{07}c\u{7F}d\u{9B}e\u{2028}f\u{2066}g\u{0}")
                == "a\\u{D}b\\u{7}c\\u{7F}d\\u{9B}e\\u{2028}f\\u{2066}g\\u{0}"
        )
    }

    @Test("ordinary text, CJK and emoji included, is unchanged")
    func ordinaryText() {
        let text = "臺中市政府經濟發展局 — 拜會 Fukuoka Growth Next 👍 (114 年 9 月 1 日)"
        #expect(TerminalText.neutralised(text) == text)
    }
}
