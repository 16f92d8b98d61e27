/// One action of the application (import a plan, log a note, make a report…): typed input in,
/// typed result out, and only `AppError` thrown, worded in both languages. The command line and
/// the web build the input from arguments or a form and turn the result into printed output or
/// a page, so each action is written once, here.
///
/// A use case holds the shared `AppContext` (database, data folder, templates, clock, gazetteer,
/// who is asking) and nothing else: no global state.
public protocol UseCase: Sendable {
    /// What the caller gives.
    associatedtype Input: Sendable
    /// What the caller gets back.
    associatedtype Output: Sendable

    /// The use case in a context.
    init(_ context: AppContext)

    /// Runs the action; blocking work (SQLite, libvips, LibreOffice, file copies) happens off
    /// Swift's cooperative threads.
    func run(_ input: Input) async throws(AppError) -> Output
}
