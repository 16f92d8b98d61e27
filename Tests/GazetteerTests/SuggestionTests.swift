import Gazetteer
import Testing

@Suite("Suggestions")
struct SuggestionTests {
    let gazetteer = Gazetteer.shared

    @Test("a misspelt Latin name suggests the intended city first")
    func latinMisspelling() {
        #expect(gazetteer.suggestions(for: "Kumamotto", limit: 3).first == "Kumamoto")
        #expect(gazetteer.suggestions(for: "Fukuokka", limit: 3).first == "Fukuoka")
        #expect(gazetteer.suggestions(for: "Bostn", limit: 3).first == "Boston")
    }

    @Test("two swapped letters count as one mistake")
    func swappedLetters() {
        #expect(gazetteer.suggestions(for: "Fukuoak", limit: 3).first == "Fukuoka")
        #expect(gazetteer.suggestions(for: "Sednai", limit: 3).first == "Sendai")
    }

    @Test("a miswritten CJK name suggests the intended city first")
    func cjkMisspelling() {
        #expect(gazetteer.suggestions(for: "熊夲", limit: 3).first == "熊本")
        #expect(gazetteer.suggestions(for: "宮琦", limit: 3).first == "宮崎")
    }

    @Test("a mistyped airport code suggests nearby codes")
    func codeMisspelling() {
        #expect(gazetteer.suggestions(for: "FUKK", limit: 5).contains("FUK"))
        #expect(gazetteer.suggestions(for: "RJFX", limit: 8).contains("RJFF"))
    }

    @Test("suggestions respect the limit and do not repeat")
    func limitAndUnique() {
        let near = gazetteer.suggestions(for: "Tokyoo", limit: 4)
        #expect(near.count <= 4)
        #expect(Set(near).count == near.count)
        #expect(near.first == "Tokyo")
        #expect(gazetteer.suggestions(for: "Tokyoo", limit: 0).isEmpty)
    }

    @Test("suggestions after a failed country-restricted resolve stay in that country")
    func countrySuggestions() {
        do {
            _ = try gazetteer.resolve("Manchestr", country: "US")
            Issue.record("Manchestr resolved")
        } catch {
            #expect(error.suggestions.first == "Manchester")
        }
    }

    @Test("nonsense far from every name suggests nothing")
    func nothingNear() {
        #expect(gazetteer.suggestions(for: "Qxzqxzqxzqxz", limit: 3).isEmpty)
    }
}
