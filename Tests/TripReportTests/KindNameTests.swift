import Foundation
import Testing
import TripModel

@testable import TripReport

/// A kind's name comes from its file, in both languages: the one source for the command line,
/// the web app and a report without a cover title.
@Suite struct KindNameTests {
    @Test("every shipped kind is named in zh-Hant and English")
    func shippedKindsHaveBothNames() throws {
        let kinds = try RepoTemplates.load().kinds
        #expect(kinds["trip"]?.name == LocalizedText(zh: "出國報告", en: "Trip report"))
        #expect(kinds["council"]?.name == LocalizedText(zh: "議會專案報告", en: "Council report"))
        #expect(kinds["abstract"]?.name == LocalizedText(zh: "出國報告提要", en: "Report abstract"))
        #expect(kinds["review-form"]?.name == LocalizedText(zh: "出國報告審核表", en: "Review form"))
    }

    @Test("an agency's kind file with one name still reads, the name standing for both languages")
    func oneNameStillReads() throws {
        let json = #"{"id": "memo", "name": "備忘錄", "file_suffix": "備忘錄", "cover": [], "sections": []}"#
        let kind = try JSONDecoder().decode(ReportKind.self, from: Data(json.utf8))
        #expect(kind.name == LocalizedText(zh: "備忘錄", en: "備忘錄"))
    }
}
