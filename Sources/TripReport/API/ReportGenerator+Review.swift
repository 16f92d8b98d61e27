import TripModel

extension ReportGenerator {
    /// The draft of a kind reviewed without writing files: pictures are prepared (so an
    /// unreadable one becomes its prompt and a warning, as in a run), and the warnings are those
    /// of a run that writes ODT, DOCX or PDF (characters without a glyph included).
    public func review(_ delegation: Delegation, options: ReportOptions) throws(ReportError) -> ReportReview {
        let kind = try templates.kind(options.kind)
        var doc = try document(for: delegation, kind: options.kind, photoRoot: options.photoRoot)
        let unreadable = try preparePictures(&doc, options: options)
        var warnings = unreadable.map(\.warning) + TextAudit(delegation).warnings
        warnings += GlyphCheck(faces: FontFaces(templates.styles.fonts)).warnings(for: doc)
        warnings += try dataWarnings(delegation, kind: kind)
        return ReportReview(
            sections: doc.sectionsLeft,
            coverPrompts: doc.coverPrompts,
            prompts: doc.prompts,
            warnings: warnings,
            html: HTMLWriter(styles: templates.styles).render(doc)
        )
    }
}
