import Testing

@testable import Gazetteer

@Suite("Name keys")
struct NameKeyTests {
    @Test("keys ignore case, accents, spaces and punctuation")
    func latinKeys() {
        #expect(NameKey.key("Miyakonojō") == "miyakonojo")
        #expect(NameKey.key("Washington, D.C.") == "washingtondc")
        #expect(NameKey.key("  New-York ") == "newyork")
        #expect(NameKey.key("Kraków") == NameKey.key("Krakow"))
        #expect(NameKey.key("Malmö") == "malmo")
        #expect(NameKey.key("Łódź") == "lodz")
    }

    @Test("keys fold full-width forms and write 臺 as 台")
    func cjkKeys() {
        #expect(NameKey.key("臺中市") == "台中市")
        #expect(NameKey.key("ＴＰＥ") == "tpe")
        #expect(NameKey.key("ボストン") == "ボストン")
    }

    @Test("a trailing administrative suffix strips only when two characters remain")
    func strippedSuffix() {
        #expect(NameKey.stripped("台中市") == "台中")
        #expect(NameKey.stripped("宮崎県") == "宮崎")
        #expect(NameKey.stripped("津市") == nil)
        #expect(NameKey.stripped("boston") == nil)
    }
}
