import Foundation
import Mustache
import Testing

@testable import TripWeb

/// Views read by reflection answer their stored properties, miss other names without reflecting,
/// and every view struct answers its names one way or the other.
@Suite struct ReflectedFieldsTests {
    @Test func aStoredPropertyIsAnsweredWithItsValue() {
        let line = SavedNotice(text: "已儲存", warning: false, link: nil, linkText: nil)
        #expect(line.child(named: "text") as? String == "已儲存")
    }

    @Test func aPropertyAfterOthersIsAnsweredWithItsOwnValue() {
        let line = SavedNotice(text: "已儲存", warning: true, link: "/d/x", linkText: "前往")
        #expect(line.child(named: "linkText") as? String == "前往")
        #expect(line.child(named: "warning") as? Bool == true)
    }

    @Test func aNilPropertyIsNoAnswerSoTheTemplateLooksFurtherUp() {
        let line = SavedNotice(text: "已儲存", warning: false, link: nil, linkText: nil)
        #expect(line.child(named: "link") == nil)
    }

    @Test func aNameTheTypeDoesNotHaveIsNoAnswer() {
        let line = SavedNotice(text: "已儲存", warning: false, link: nil, linkText: nil)
        #expect(line.child(named: "t") == nil)
        #expect(FieldNames.of(line) == ["text": 0, "warning": 1, "link": 2, "linkText": 3])
    }

    @Test func aRowFindsThePageWordsAboveIt() throws {
        let template = try MustacheTemplate(string: "{{#rows}}{{text}}:{{word}};{{/rows}}")
        struct Root: MustacheParent {
            let rows: [SavedNotice]
            func child(named name: String) -> Any? {
                switch name {
                case "rows": rows
                case "word": "字"
                default: nil
                }
            }
        }
        let rows = [SavedNotice(text: "一", warning: false, link: nil, linkText: nil)]
        #expect(template.render(Root(rows: rows)) == "一:字;")
    }

    /// Every struct declared in Sources/TripWeb/Views answers template names without swift-mustache's
    /// per-lookup reflection: by a switch (`TemplateFields`, `MustacheParent`) or as `ReflectedFields`.
    @Test func everyViewStructAnswersItsNamesWithoutPerLookupReflection() throws {
        let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/TripWeb/Views").standardized
        let files = try FileManager.default.contentsOfDirectory(at: views, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
        let reflected = try String(contentsOf: views.appendingPathComponent("ReflectedFields.swift"), encoding: .utf8)
        var missing: [String] = []
        for file in files {
            var outer: [(name: String, indent: Int)] = []
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                let indent = line.prefix { $0 == " " }.count
                let words = line.dropFirst(indent).split(separator: " ")
                guard let kind = words.first, ["struct", "enum", "extension", "final", "class"].contains(String(kind)), words.count > 1
                else { continue }
                let name = String(words[kind == "final" ? 2 : 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                outer.removeAll { $0.indent >= indent }
                let full = (outer.map(\.name) + [name]).joined(separator: ".")
                outer.append((name, indent))
                guard kind == "struct" else { continue }
                if line.contains("TemplateFields") || line.contains("MustacheParent") { continue }
                if !reflected.contains("extension \(full): ReflectedFields {}") { missing.append(full) }
            }
        }
        #expect(missing.isEmpty, "add to ReflectedFields.swift: \(missing)")
    }
}
