/// Markdown for review and diffs: headings with their generated numbers and `{#anchor}`
/// attributes (pandoc), pipe tables, images from the report's `images/` folder. Every piece of
/// text is escaped so that it reads as the text it is, whatever characters it holds: markup
/// characters are backslash-escaped, a line break never splits a heading or a table row, and a
/// control character (which `cat` of the file would send to the terminal) becomes U+FFFD.
struct MarkdownWriter {
    /// The image folder name, relative to the Markdown file.
    var imageFolder = "images"

    func render(_ doc: Document) -> String {
        var out: [String] = []
        for block in doc.blocks {
            switch block {
            case let .cover(line):
                switch line.style {
                case .spacer: continue
                case .title: out.append("**" + span(line.text) + "**")
                default: out.append(paragraph(line.text))
                }
            case let .toc(title):
                out.append("## " + span(title))
                out.append(
                    doc.tocEntries.map { h in
                        String(repeating: "  ", count: h.level - 1) + "- [" + span(h.fullText) + "](#" + h.anchor + ")"
                    }.joined(separator: "\n")
                )
            case let .heading(h):
                out.append(
                    String(repeating: "#", count: min(h.level + 1, 6)) + " " + span(h.fullText)
                        + " {#" + h.anchor + "}"
                )
            case let .paragraph(p):
                switch p.style {
                case .prompt: out.append(paragraph(p.text, first: "> ", rest: "> "))
                case .item: out.append(paragraph(p.text, first: "- ", rest: "  "))
                case .label: out.append("**" + span(p.text) + "**")
                default: out.append(paragraph(p.text))
                }
            case let .table(t):
                out.append(table(t))
            case let .photoGrid(g):
                out.append(grid(g))
            case .pageBreak:
                out.append("---")
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    private func table(_ t: Table) -> String {
        let grid = t.grid
        func row(_ cells: [TableCell?]) -> String {
            "| " + cells.map { cell(($0?.lines ?? []).joined(separator: " ")) }.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        if t.header.isEmpty {
            lines.append("|" + String(repeating: "  |", count: t.columnCount))
        } else {
            lines.append(contentsOf: grid.prefix(t.header.count).map(row))
        }
        lines.append("|" + String(repeating: " --- |", count: t.columnCount))
        lines.append(contentsOf: grid.dropFirst(t.header.count).map(row))
        return lines.joined(separator: "\n")
    }

    private func grid(_ g: PhotoGrid) -> String {
        g.items.map { item in
            let caption = item.caption.map(span).joined(separator: " ")
            // A picture still to supply: its prompt as a quote, like every prompt.
            let prompt = item.prompt.map { [paragraph($0, first: "> ", rest: "> ")] } ?? []
            guard let image = item.image else { return (prompt + (caption.isEmpty ? [] : ["*" + caption + "*"])).joined(separator: "\n\n") }
            return (prompt + ["![" + caption + "](" + imageFolder + "/" + image.fileName + ")"]).joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    /// A table cell: a row of a pipe table is one line, so a line break becomes a space.
    private func cell(_ text: String) -> String {
        escape(ReportText.lines(text).joined(separator: " "), lineStart: false)
    }

    /// Text that must stay on one line (a heading, a contents entry, a caption, bold text): a
    /// line break becomes a space.
    private func span(_ text: String) -> String {
        escape(ReportText.lines(text).joined(separator: " "), lineStart: true)
    }

    /// A paragraph: each line break inside it is a hard break (a backslash at the line's end),
    /// and the next line keeps the block's prefix (`> ` for a prompt), so it stays one paragraph.
    private func paragraph(_ text: String, first: String = "", rest: String = "") -> String {
        let lines = ReportText.lines(text).map { escape($0, lineStart: true) }
        return lines.enumerated().map { index, line in
            (index == 0 ? first : rest) + line + (index < lines.count - 1 ? "\\" : "")
        }.joined(separator: "\n")
    }

    /// Escapes what Markdown (CommonMark, GFM, pandoc) would read as markup: inline markup
    /// characters anywhere; at a line's start also what would begin a list, a heading underline
    /// or a code block. Unholdable characters become U+FFFD (`ReportText`).
    func escape(_ text: String, lineStart: Bool) -> String {
        let text = ReportText.visible(text)
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var escapeAt = -1
        if lineStart {
            // Leading spaces would make an indented code block; as entities they are just spaces.
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" {
                out += scalars[index] == " " ? "&#32;" : "&#9;"
                index += 1
            }
            if index < scalars.count, "-+=".unicodeScalars.contains(scalars[index]) {
                out += "\\"
            } else {
                // `1. ` or `1) ` would start an ordered list.
                var digits = index
                while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
                if digits > index, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
                    escapeAt = digits
                }
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if MarkdownWriter.inlineMarkup.contains(scalar) || index == escapeAt { out += "\\" }
            out.unicodeScalars.append(scalar)
            index += 1
        }
        return out
    }

    /// Characters that are markup wherever they stand (emphasis, code, links, raw HTML and
    /// entities, headings, table pipes, strike-through, pandoc's attributes, math, superscript
    /// and citations). Escaping any ASCII punctuation is allowed by CommonMark, so a reader that
    /// does not know one of these still shows the character.
    static let inlineMarkup = Set("\\`*_[]<>#&|~{}$^@".unicodeScalars)
}
