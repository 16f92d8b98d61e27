/// One block of a report document. Writers turn each case into their format.
public enum Block: Hashable, Sendable {
    /// A centred cover line (kind line, title, field, date) or vertical space.
    case cover(CoverLine)
    /// The table of contents, listing every heading marked for it.
    case toc(title: String)
    /// A numbered or unnumbered heading.
    case heading(Heading)
    /// A paragraph of running text, a caption, or a writing prompt.
    case paragraph(Paragraph)
    /// A table with borders.
    case table(Table)
    /// Photos laid out two to a row with captions.
    case photoGrid(PhotoGrid)
    /// Start a new page.
    case pageBreak
}
