extension CoverLine {
    /// Left indent of a field line's block (cm), the same in ODT and DOCX.
    static let fieldIndent = 2.5

    /// The line as printed: cut into lines that fit the text width at the line's size, after
    /// punctuation or between names, never inside a name of the data (熊本) or a Latin word.
    func printedLines(_ styles: StyleSheet, names: [String]) -> [String] {
        guard style != .spacer, !text.isEmpty else { return [text] }
        let size = style == .title ? styles.coverTitleSize : styles.coverSize
        let width = styles.textWidth - (style == .field ? CoverLine.fieldIndent : 0)
        // Points of text width over the size, less a little for rounding in the word processor.
        let capacity = width / 2.54 * 72 / max(size, 1) * 0.97
        return LineBreaker(names: names).lines(text, capacity: capacity)
    }
}
