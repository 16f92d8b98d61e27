import Foundation
import Testing
import TripModel
import TripStore

@testable import TripChecks

/// The body guess matches words scalar by scalar in plain text; it must find exactly what
/// Foundation's canonical-equivalence search finds (which it still uses for other text).
@Suite("Guessing the body behind a name")
struct BodyGuessTests {
    /// Hosts, organisations, place names and titles of every seed plan and test plan.
    static func planNames() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files =
            [
                "seeds/kyushu-2025.yaml", "seeds/usa-2026.yaml", "seeds/press/australia-2025.yaml",
                "seeds/press/japan-domes-2025.yaml", "seeds/press/shanghai-forum-2025.yaml",
            ].map { root.appendingPathComponent($0) }
            + ["dayfit-before-early-flight.yaml", "hangul-city.yaml", "no-remark-phone.yaml", "ocean-gap-travel-time-noise.yaml"]
            .map(PlanFiles.url)
        var names: [String] = []
        for file in files {
            let d = try PlanReader().read(fileAt: file).delegation
            names += d.events.flatMap { [$0.title, $0.host].compactMap { $0 } }
            names += d.places.flatMap { [$0.name, $0.organisation, $0.englishName, $0.localName].compactMap { $0 } }
        }
        return names
    }

    /// Names that test the edges: words inside longer words, " of ", ties, full-width and
    /// decomposed forms, compatibility ideographs and conjoining jamo (the last three are not
    /// plain and go through Foundation).
    static let tricky = [
        "Museum of Fine Arts, Boston", "Chinese Consolidated Benevolent Association of New York", "Parkview Tower",
        "Departure Hall", "City Hall Park", "Office of the Mayor", "Acme Inc.", "ACME INC", "Foo Co., Ltd",
        "Banking Museum", "The Lions Club of Taipei", "Expo Park", "Stadium Station", "Tokyo Dome", "Domestic Affairs",
        "Kobe City Hall", "Tokyo Metropolitan Government", "Fukuoka Growth Next", "國立故宮博物院", "臺北市政府觀光傳播局",
        "紐約中華公所", "吉祥寺市役所", "三井不動產株式會社", "九州大學產學合作中心", "福岡市役所經濟觀光文化局", "首爾特別市政府",
        "서울시청", "부산대학교", "株式会社Ｆｕｊｉ", "ＴＯＫＹＯ　ＤＯＭＥ", "Café Museum", "Cafe\u{301} Museum", "\u{F914}園",
        "\u{1109}\u{1175}\u{110E}\u{1165}\u{11BC}", "Schloss Neuschwanstein castle", "déjà vu park", "parkpark park",
        "the office of", " of ", "of", "", "局局局", "Marché Park", "\u{1F3DF} stadium", "Zoo\u{200D}logical garden",
        "Forum Hotel", "Opening ceremony", "Showroom", "Matchbox", "Gamecock arena", "台中國際會展中心開幕典禮",
        "大阪・関西万博", "\u{3000}總統府", "か\u{3099}っこう", "line\r\nbreak museum",
    ]

    @Test("the scalar search and Foundation's search name the same body for every plan name")
    func scalarSearchAgreesWithFoundation() throws {
        for name in try Self.planNames() + Self.tricky {
            #expect(BodyGuess.type(of: name) == BodyGuess.foundationType(name.lowercased()), "\(name)")
            #expect(BodyGuess.isOrganisedEvent(name) == BodyGuess.foundationIsOrganisedEvent(name.lowercased()), "\(name)")
        }
    }

    @Test("the head word decides: the last in a CJK name, the one before \"of\" in an English one")
    func headWordDecides() {
        #expect(BodyGuess.type(of: "紐約中華公所") == .association)
        #expect(BodyGuess.type(of: "吉祥寺市役所") == .government)
        #expect(BodyGuess.type(of: "Museum of Fine Arts") == .venue)
        #expect(BodyGuess.type(of: "Parkview Tower") == nil)
        #expect(BodyGuess.type(of: "\u{F914}園") == .venue)
    }

    @Test("a scalar the fast path takes as caseless lowers to itself (ASCII capitals to their small letters)")
    func caselessScalarsLowerToThemselves() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), WordList.isCaselessPlain(scalar) else { continue }
            let lowered = String(Character(scalar)).lowercased()
            let expected = (0x41...0x5A).contains(value) ? String(Character(Unicode.Scalar(value + 0x20) ?? scalar)) : String(Character(scalar))
            if lowered != expected {
                Issue.record("U+\(String(value, radix: 16)) lowers to \(lowered.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
