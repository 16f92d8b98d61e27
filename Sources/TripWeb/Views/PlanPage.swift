/// `/plan`: the upload form; after a refused upload, every error listed and the file's lines
/// with the errors under the lines they name.
struct PlanPage {
    let failed: Bool?
    let errors: [ErrorLine]?
    let lines: [SourceLine]?
    let hasSource: Bool?
    /// What the list cannot hold ("… and 3 more errors").
    let unplaced: [Message]?
    let fileName: String?

    /// The empty upload form.
    static let blank = PlanPage(failed: nil, errors: nil, lines: nil, hasSource: nil, unplaced: nil, fileName: nil)

    /// An error in the list.
    struct ErrorLine {
        /// `FILE:LINE:COLUMN`.
        let `where`: String
        let message: String
        /// The line's anchor.
        let anchor: String
    }

    /// A line of the file.
    struct SourceLine {
        let number: Int
        let text: String?
        let bad: Bool
        let errors: [LineError]
    }

    /// An error under its line.
    struct LineError {
        let column: Int
        let message: String
    }

    /// A message.
    struct Message {
        let message: String
    }
}
