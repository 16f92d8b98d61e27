import Foundation
import TripModel

@testable import TripReport

/// Renders a delegation's document tree and Markdown with empty photo files in place.
struct Render {
    let folder = TestFolder()
    let generator: ReportGenerator

    init() throws {
        generator = ReportGenerator(templates: try RepoTemplates.load())
    }

    func document(_ d: Delegation, kind: String = "trip", pageCount: Int? = nil) throws -> Document {
        folder.touch(Fixture.imagePaths(d))
        return try generator.document(for: d, kind: kind, photoRoot: folder.url, pageCount: pageCount)
    }

    func markdown(_ d: Delegation, kind: String = "trip") throws -> String {
        MarkdownWriter().render(try document(d, kind: kind))
    }

    func html(_ d: Delegation, kind: String = "trip") throws -> String {
        HTMLWriter(styles: generator.templates.styles).render(try document(d, kind: kind))
    }
}

extension Document {
    /// Level-1 headings as printed.
    var parts: [String] { headings.filter { $0.level == 1 }.map(\.fullText) }

    /// Every paragraph's text.
    var texts: [String] {
        blocks.compactMap { if case let .paragraph(p) = $0 { p.text } else { nil } }
    }

    /// Cover lines' text.
    var coverLines: [String] {
        blocks.compactMap { if case let .cover(c) = $0, c.style != .spacer { c.text } else { nil } }
    }

    /// Tables in order.
    var tables: [Table] {
        blocks.compactMap { if case let .table(t) = $0 { t } else { nil } }
    }
}
