import Foundation
import Mustache
import Testing
import TripApp
import TripModel
import TripStore

@testable import TripWeb

/// The views that answer template names by a switch answer every stored property, with its value
/// (a property added without its case would render as nothing).
@Suite struct TemplateFieldsTests {
    /// The stored properties whose answer differs from the value (by label), for one view.
    static func mismatches(_ view: some TemplateFields) -> [String] {
        Mirror(reflecting: view).children.compactMap { field -> String? in
            guard let label = field.label else { return nil }
            let stored = FieldNames.value(label, of: view).map { String(describing: $0) }
            let answered = view.child(named: label).map { String(describing: $0) }
            return stored == answered ? nil : label
        }
    }

    /// The Kyushu seed's summary and delegation, from a harness.
    static func seed() throws -> (DelegationSummary, Delegation) {
        let harness = try WebHarness.make()
        defer { try? FileManager.default.removeItem(at: harness.folder) }
        let summary = try #require(try harness.database.delegations(limit: 1, offset: 0).first)
        return (summary, try harness.database.delegation("kyushu-2025"))
    }

    @Test func listRowAnswersEveryField() throws {
        let (summary, _) = try Self.seed()
        #expect(Self.mismatches(ListPage.Row(summary, lang: .zh)).isEmpty)
    }

    @Test func listPageAnswersEveryField() throws {
        let (summary, _) = try Self.seed()
        let page = PageOf(fetched: [summary], PageRequest(number: 1, size: 1))
        let view = ListPage(
            delegations: [ListPage.Row(summary, lang: .en)],
            empty: false,
            emptyNote: nil,
            organiser: true,
            example: false,
            pager: Pager(page, path: "/", lang: .en)
        )
        #expect(Self.mismatches(view).isEmpty)
    }

    @Test func choiceAndTheCorrectionControlsAnswerEveryField() {
        let choices = [Choice(id: "fgn", name: "9 月 1 日 FGN", selected: true), Choice(id: "kyu", name: "熊本", selected: false)]
        let field = FixView.Field(name: "owner", label: "負責人", value: "m1", type: "text", choices: choices)
        let fix = FixView(action: "/d/T/e/E/items/note/1", revision: "3", events: choices, fields: [field], movable: true, editable: true)
        #expect(choices.allSatisfy { Self.mismatches($0).isEmpty })
        #expect(Self.mismatches(field).isEmpty)
        #expect(Self.mismatches(fix).isEmpty)
    }

    @Test func anEventPagesNotesAndPhotosAnswerEveryField() {
        let fix = FixView(action: "/d/T/e/E/items/note/1", revision: "3", events: [], fields: [], movable: false, editable: false)
        let note = EventPage.NoteView(
            id: 7,
            text: "會談紀要",
            revision: 2,
            author: "葉珀如",
            at: nil,
            edited: true,
            previous: [EventPage.Earlier(text: "初稿"), EventPage.Earlier(text: nil)],
            action: "/d/T/e/E/notes/7",
            form: nil,
            fix: fix
        )
        let photo = EventPage.PhotoView(
            src: "/d/T/photo/1?size=thumb",
            view: nil,
            original: "/d/T/photo/1?original=1",
            caption: nil,
            captionAction: "/c",
            captionRevision: "r",
            taken: "9 月 1 日 10:00",
            form: nil,
            fileAction: "/f",
            fix: fix
        )
        #expect(Self.mismatches(note).isEmpty)
        #expect(note.previous.allSatisfy { Self.mismatches($0).isEmpty })
        #expect(Self.mismatches(photo).isEmpty)
    }

    @Test func pagerAnswersEveryFieldIncludingAbsentLinks() {
        let first = PageOf(fetched: [1, 2, 3], PageRequest(number: 1, size: 2))
        let pager = Pager(first, path: "/", lang: .zh)
        #expect(pager.next != nil && pager.previous == nil)
        #expect(Self.mismatches(pager).isEmpty)
        #expect(pager.child(named: "previous") == nil)
    }

    @Test func tripHeaderAndLayoutAnswerEveryField() throws {
        let (_, d) = try Self.seed()
        let header = TripHeader(d, requester: .localUser, lang: .zh)
        #expect(Self.mismatches(header).isEmpty)
        #expect(Self.mismatches(LayoutPage(trip: header)).isEmpty)
    }

    @Test func commonValuesAnswerEveryFieldAndTheCSRFTokenAsText() {
        let user = CommonView.User(name: "王小明", role: "organiser")
        let common = CommonView(
            t: WordTable(lang: .zh),
            lang: "zh-Hant-TW",
            otherLang: "en",
            otherLangName: "English",
            csrf: LazyText { "token" },
            user: user
        )
        #expect(Self.mismatches(user).isEmpty)
        let wrong = Self.mismatches(common)
        // The token is made when first named: its answer is the text, not the lazy box.
        #expect(wrong == ["csrf"])
        #expect(common.child(named: "csrf") as? String == "token")
    }

    @Test func aNameNoViewHasFallsThroughToTheEnclosingValues() {
        let pager = Pager(PageOf(fetched: [1], PageRequest(number: 1, size: 2)), path: "/", lang: .zh)
        #expect(pager.child(named: "t") == nil)
    }
}
