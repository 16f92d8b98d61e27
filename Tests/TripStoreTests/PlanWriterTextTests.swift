import Foundation
import Testing
import TripModel
import Yams

@testable import TripStore

/// The plan writer is a writer too: whatever text a database holds (an older version may have
/// stored control characters or line breaks in one-line fields), the YAML it writes holds the
/// same text, escaped as YAML escapes it (issue 9 §4).
@Suite struct PlanWriterTextTests {

    static let texts = [
        "一一四年度\n赴日本考察\n", "響\u{07}逃\u{1B}[31m空\u{0}", "反\u{202E}向", "不\u{FFFE}可", "行\r\n尾\r", "  前後空白  ",
        "# 不是註解", "- 不是清單", "key: value", "'單引號' \"雙引號\"", "\t跳格", "…\u{85}\u{2028}\u{2029}",
    ]

    @Test(arguments: texts)
    func everyTextComesBackExactlyFromTheYAML(text: String) throws {
        var d = try readPlan(minimalPlan())
        d.title = text
        d.events[0].title = text
        d.purpose = text
        let yaml = try PlanWriter().write(d)
        let node = try #require(try Yams.compose(yaml: yaml))
        #expect(node["title"]?.string == text)
        // Prose is written as a block that ends in a line break; the reader trims it.
        #expect(node["purpose"]?.string == text + "\n")
        #expect(node["events"]?[0]?["title"]?.string == text)
        #expect(!yaml.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{7F}" || $0 == "\u{FFFE}" })
    }
}
