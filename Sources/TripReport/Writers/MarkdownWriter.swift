/// Markdown for review and diffs: headings with their generated numbers, pipe tables, images
/// from the report's `images/` folder.
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
                case .title: out.append("**" + escape(line.text) + "**")
                default: out.append(escape(line.text))
                }
            case let .toc(title):
                out.append("## " + escape(title))
                out.append(doc.tocEntries.map { h in
                    String(repeating: "  ", count: h.level - 1) + "- [" + escape(h.fullText) + "](#" + h.anchor + ")"
                }.joined(separator: "\n"))
            case let .heading(h):
                out.append(String(repeating: "#", count: min(h.level + 1, 6)) + " " + escape(h.fullText)
                           + " {#" + h.anchor + "}")
            case let .paragraph(p):
                switch p.style {
                case .prompt: out.append("> " + escape(p.text))
                case .item: out.append("- " + escape(p.text))
                case .label: out.append("**" + escape(p.text) + "**")
                default: out.append(escape(p.text))
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
            let caption = item.caption.map(escape).joined(separator: " ")
            // A picture still to supply: its prompt as a quote, like every prompt.
            let prompt = item.prompt.map { ["> " + escape($0)] } ?? []
            guard let image = item.image else { return (prompt + (caption.isEmpty ? [] : ["*" + caption + "*"])).joined(separator: "\n\n") }
            return (prompt + ["![" + caption + "](" + imageFolder + "/" + image.fileName + ")"]).joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    private func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Escapes the characters Markdown would read as markup.
    private func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
