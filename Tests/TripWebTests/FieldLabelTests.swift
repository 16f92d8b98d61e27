import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TripStore

@testable import TripWeb

/// Every field of the logging forms is named by a label the user sees beside it, never only by a
/// placeholder that goes away once something is typed (or a date field's aria-label no one sees);
/// a stored value is named by its label's words, not its plan key.
@Suite struct FieldLabelTests {
    @Test func everyFieldOfTheEventPagesLoggingFormsHasAVisibleLabel() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/e/fgn", method: .get).text
            for (label, field) in [
                ("說明", #"<input type="text" name="caption""#), ("姓名", #"<input name="name""#),
                ("職稱", #"<input name="personTitle""#), ("機關", #"<input name="organisation""#), ("內容", #"<input name="text""#),
                ("日期", #"<input name="date" type="date""#), ("事項", #"<input name="task""#), ("期限", #"<input name="due" type="date""#),
            ] {
                #expect(text.contains("<label>\(label)\(field)"), "\(label) \(field)")
            }
            #expect(!text.contains("placeholder="))
        }
    }

    @Test func theTodayPhotoCaptionHasAVisibleLabel() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/today", method: .get).text
            #expect(text.contains(#"<label>說明<input type="text" name="caption"></label>"#))
            #expect(!text.contains("placeholder="))
        }
    }

    @Test func theMembersFormNamesAStoredMembersIdInWords() async throws {
        try await WebHarness.make().run { client in
            let text = try await client.execute(uri: "/d/kyushu-2025/members/edit", method: .get).text
            #expect(text.contains("代號（id）：yeh"))
            #expect(!text.contains(">id: "))
        }
    }
}
