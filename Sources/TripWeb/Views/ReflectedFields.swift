import Mustache

/// A view whose template names are its stored properties, read by reflection only when the name
/// is one of them. swift-mustache reflects (`Mirror`) every value on the context stack for every
/// name it looks up there, and most lookups miss: a row's template names the page's words (`t.…`)
/// and the CSRF token, which live several values up the stack. Here a miss is a dictionary lookup
/// (the type's property names, found once per type) and a hit reflects only that property. The views every page
/// renders answer by `switch` instead (`TemplateFields`); every other view struct conforms here
/// (`ReflectedFieldsTests` fails for a view struct that does neither).
protocol ReflectedFields: MustacheParent {}

extension ReflectedFields {
    func child(named name: String) -> Any? {
        FieldNames.value(name, of: self)
    }
}

extension AccessPage: ReflectedFields {}
extension AccessPage.Grant: ReflectedFields {}
extension CalendarPage: ReflectedFields {}
extension CalendarPage.Member: ReflectedFields {}
extension CalendarPage.Made: ReflectedFields {}
extension CalendarPage.Revoked: ReflectedFields {}
extension CompareRow: ReflectedFields {}
extension DayOrderPage: ReflectedFields {}
extension DayOrderPage.Row: ReflectedFields {}
extension DelegationEditPage: ReflectedFields {}
extension DiagnosticLine: ReflectedFields {}
extension ErrorPage: ReflectedFields {}
extension EventEditPage: ReflectedFields {}
extension EventEditPage.EventLine: ReflectedFields {}
extension EventEditPage.Conflict: ReflectedFields {}
extension EventPage: ReflectedFields {}
extension EventPage.EventLine: ReflectedFields {}
extension EventPage.Counterpart: ReflectedFields {}
extension EventPage.OutcomeLine: ReflectedFields {}
extension EventPage.FollowUpLine: ReflectedFields {}
extension EventPage.NoteConflictView: ReflectedFields {}
extension EventPage.CaptionConflictView: ReflectedFields {}
extension EventPage.Forms: ReflectedFields {}
extension FollowUpsPage: ReflectedFields {}
extension FollowUpsPage.Line: ReflectedFields {}
extension FollowUpsPage.Change: ReflectedFields {}
extension FormView: ReflectedFields {}
extension HistoryLine: ReflectedFields {}
extension HistoryPage: ReflectedFields {}
extension ItemAddPage: ReflectedFields {}
extension ItemAddPage.Field: ReflectedFields {}
extension ItemDeletePage: ReflectedFields {}
extension ItemEditPage: ReflectedFields {}
extension LegView: ReflectedFields {}
extension MemberRemovePage: ReflectedFields {}
extension MemberRemovePage.MemberLine: ReflectedFields {}
extension MembersEditPage: ReflectedFields {}
extension MembersEditPage.Row: ReflectedFields {}
extension MembersEditPage.Removed: ReflectedFields {}
extension NewDelegationPage: ReflectedFields {}
extension OutlinePage: ReflectedFields {}
extension OutlinePage.Section: ReflectedFields {}
extension OverviewPage: ReflectedFields {}
extension OverviewPage.Fact: ReflectedFields {}
extension OverviewPage.MemberRow: ReflectedFields {}
extension OverviewPage.Finding: ReflectedFields {}
extension OverviewPage.ItemLink: ReflectedFields {}
extension PlanPage: ReflectedFields {}
extension PlanPage.ErrorLine: ReflectedFields {}
extension PlanPage.SourceLine: ReflectedFields {}
extension PlanPage.LineError: ReflectedFields {}
extension PlanPage.Message: ReflectedFields {}
extension PressEditPage: ReflectedFields {}
extension PressPage: ReflectedFields {}
extension PressPage.Clipping: ReflectedFields {}
extension ProsePage: ReflectedFields {}
extension ProsePage.Field: ReflectedFields {}
extension ProsePage.Count: ReflectedFields {}
extension ProsePage.Conflict: ReflectedFields {}
extension ReportPage: ReflectedFields {}
extension ReportPage.Kind: ReflectedFields {}
extension ReportPage.Download: ReflectedFields {}
extension ReportPage.Section: ReflectedFields {}
extension ReportPage.Line: ReflectedFields {}
extension SavedNotice: ReflectedFields {}
extension ScheduleItem: ReflectedFields {}
extension SchedulePage: ReflectedFields {}
extension SchedulePage.MemberLine: ReflectedFields {}
extension SchedulePage.Day: ReflectedFields {}
extension SchedulePage.StayLine: ReflectedFields {}
extension SchedulePage.Landing: ReflectedFields {}
extension SchedulePage.Continuing: ReflectedFields {}
extension SignInPage: ReflectedFields {}
extension TodayPage: ReflectedFields {}
extension TodayPage.Other: ReflectedFields {}
extension TodayPage.Current: ReflectedFields {}
extension TodayPage.Text: ReflectedFields {}
