extension Document {
    /// Every heading with the prompts under it, in order; prompts before the first heading (on
    /// the cover) are in `coverPrompts`.
    public var sectionsLeft: [SectionLeft] {
        var out: [SectionLeft] = []
        for block in blocks {
            if case let .heading(h) = block {
                out.append(SectionLeft(heading: h, prompts: 0))
            } else if !out.isEmpty {
                out[out.count - 1].prompts += Document.prompts(in: block).count
                if case let .paragraph(p) = block { out[out.count - 1].paragraphs.append(p.text) }
            }
        }
        return out
    }

    /// Prompts before the first heading (the cover's).
    public var coverPrompts: Int {
        var count = 0
        for block in blocks {
            if case .heading = block { break }
            count += Document.prompts(in: block).count
        }
        return count
    }
}
