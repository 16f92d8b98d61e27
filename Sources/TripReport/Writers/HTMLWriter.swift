import Foundation

/// One print-ready A4 HTML file with its CSS; pictures from the report's `images/` folder.
struct HTMLWriter {
    let styles: StyleSheet
    var imageFolder = "images"

    func render(_ doc: Document) -> String {
        var body: [String] = []
        var coverOpen = false
        for block in doc.blocks {
            if case .cover = block, !coverOpen {
                body.append("<section class=\"cover\">")
                coverOpen = true
            } else if coverOpen, !isCover(block) {
                body.append("</section>")
                coverOpen = false
            }
            switch block {
            case let .cover(line):
                // The lines a cover line breaks into on A4 (names kept whole), each a box the
                // browser wraps as a unit: it breaks between them, or inside one only on a
                // screen narrower than the line.
                let lines = line.printedLines(styles, names: doc.names).map { coverText($0, names: doc.names) }
                let text = lines.count > 1 ? lines.map { "<span class=\"line\">\($0)</span>" }.joined() : (lines.first ?? "")
                body.append(
                    line.style == .spacer
                        ? "<div class=\"spacer\"></div>"
                        : "<p class=\"cover-\(line.style.rawValue)\">\(text)</p>"
                )
            case let .toc(title):
                body.append("<nav class=\"toc\"><h1 class=\"toc-title\">\(inline(title))</h1><ol>")
                for h in doc.tocEntries {
                    body.append("<li class=\"toc\(h.level)\"><a href=\"#\(h.anchor)\">\(inline(h.fullText))</a></li>")
                }
                body.append("</ol></nav>")
            case let .heading(h):
                let level = min(h.level, 4)
                body.append("<h\(level) id=\"\(h.anchor)\">\(inline(h.fullText))</h\(level)>")
            case let .paragraph(p):
                body.append("<p class=\"\(p.style.rawValue)\">\(inline(p.text))</p>")
            case let .table(t):
                body.append(table(t))
            case let .photoGrid(g):
                body.append(grid(g))
            case .pageBreak:
                if !coverOpen { body.append("<div class=\"page-break\"></div>") }
            }
        }
        if coverOpen { body.append("</section>") }
        return """
            <!DOCTYPE html>
            <html lang="zh-Hant-TW">
            <head>
            <meta charset="utf-8">
            <title>\(e(ReportText.oneLine(doc.title)))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// A cover line escaped, each name of the data in a box that never wraps (a phone's screen
    /// may still break the line, but not inside 熊本).
    private func coverText(_ text: String, names: [String]) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if let name = names.first(where: { !$0.isEmpty && chars[i...].starts(with: Array($0)) }) {
                out += "<span class=\"name\">\(e(name))</span>"
                i += name.count
            } else {
                out += e(String(chars[i]))
                i += 1
            }
        }
        return out
    }

    private func isCover(_ block: Block) -> Bool {
        switch block {
        case .cover, .pageBreak: true
        default: false
        }
    }

    private func table(_ t: Table) -> String {
        let total = t.widths.reduce(0, +)
        var out = ["<table class=\"grid\">", "<colgroup>"]
        for w in t.widths { out.append("<col style=\"width:\(percent(w / total))\">") }
        out.append("</colgroup>")
        for (r, row) in t.grid.enumerated() {
            let tag = r < t.header.count ? "th" : "td"
            if r == 0, !t.header.isEmpty { out.append("<thead>") }
            if r == t.header.count { out.append("<tbody>") }
            var cells = ""
            for cell in row.compactMap({ $0 }) {
                var attrs = ""
                if cell.rowSpan > 1 { attrs += " rowspan=\"\(cell.rowSpan)\"" }
                if cell.colSpan > 1 { attrs += " colspan=\"\(cell.colSpan)\"" }
                if cell.centred { attrs += " class=\"c\"" }
                cells += "<\(tag)\(attrs)>" + cell.lines.map(inline).joined(separator: "<br>") + "</\(tag)>"
            }
            out.append("<tr>\(cells)</tr>")
            if r == t.header.count - 1 { out.append("</thead>") }
        }
        out.append("</tbody>")
        out.append("</table>")
        return out.joined(separator: "\n")
    }

    private func grid(_ g: PhotoGrid) -> String {
        var out = ["<table class=\"photos \(g.fit.rawValue)\">"]
        let columnWidth = min(styles.photoWidth, styles.textWidth / Double(max(1, g.columns)) - 0.4)
        for row in g.rows {
            var cells = ""
            for item in row {
                var cell = "<figure>"
                if let image = item.image {
                    // The size on A4 by both limits (a tall screenshot is never a sliver); on a
                    // narrower screen the column's width caps it.
                    let (w, _) = PhotoSize.fit(image, maxWidth: columnWidth, pageHeight: PhotoSize.pageLimit(styles), fit: g.fit)
                    cell +=
                        "<img src=\"\(e(imageFolder + "/" + image.fileName))\" alt=\"\(e(ReportText.oneLine(item.caption.first ?? "")))\" style=\"width:\(fmt(w))cm\">"
                }
                if let prompt = item.prompt { cell += "<p class=\"prompt\">\(inline(prompt))</p>" }
                cell += "<figcaption>" + item.caption.map(inline).joined(separator: "<br>") + "</figcaption></figure>"
                cells += "<td>\(cell)</td>"
            }
            if row.count < g.columns { cells += String(repeating: "<td></td>", count: g.columns - row.count) }
            out.append("<tr>\(cells)</tr>")
        }
        out.append("</table>")
        return out.joined(separator: "\n")
    }

    private var css: String {
        let s = styles
        let p = styles.page
        let fonts =
            ([s.fonts.latin] + s.fonts.latinFallbacks.prefix(1) + [s.fonts.cjk] + s.fonts.cjkFallbacks)
            .map { "\"\($0)\"" }.joined(separator: ", ") + ", serif"
        return """
            @page { size: \(fmt(p.width))mm \(fmt(p.height))mm; margin: \(fmt(p.top))mm \(fmt(p.right))mm \(fmt(p.bottom))mm \(fmt(p.left))mm;
              @bottom-center { content: counter(page); font-size: \(fmt(s.smallSize))pt; } }
            html { font-family: \(fonts); font-size: \(fmt(s.bodySize))pt; line-height: \(fmt(s.lineSpacing)); }
            body { max-width: \(fmt(p.width - p.left - p.right))mm; margin: 0 auto; }
            .cover { text-align: center; page-break-after: always; break-after: page; min-height: \(fmt(p.height - p.top - p.bottom - 10))mm; }
            .cover .spacer { height: 3em; }
            .cover-kind { font-size: \(fmt(s.coverSize))pt; }
            .cover-title { font-size: \(fmt(s.coverTitleSize))pt; font-weight: bold; line-height: 1.4; }
            .cover .line { display: inline-block; } .cover .name { white-space: nowrap; }
            .cover-field { font-size: \(fmt(s.coverSize))pt; text-align: left; margin: 0.3em auto; width: 75%; }
            .cover-date { font-size: \(fmt(s.coverSize))pt; }
            .page-break { page-break-after: always; break-after: page; }
            h1 { font-size: \(fmt(s.headingSize(1)))pt; } h2 { font-size: \(fmt(s.headingSize(2)))pt; }
            h3 { font-size: \(fmt(s.headingSize(3)))pt; } h4 { font-size: \(fmt(s.headingSize(4)))pt; }
            h1, h2, h3, h4 { margin: 0.8em 0 0.4em; page-break-after: avoid; }
            .toc-title { text-align: center; } .toc ol { list-style: none; padding: 0; }
            .toc a { color: inherit; text-decoration: none; } .toc2 { padding-left: 2em; }
            p.body { text-indent: 2em; margin: 0 0 0.4em; text-align: justify; }
            p.label { font-weight: bold; margin: 0.4em 0 0.2em; page-break-after: avoid; break-after: avoid; }
            p.item { margin: 0 0 0.2em 2em; } p.item::before { content: "• "; }
            p.prompt { border: 1px dashed #b00; background: #fff4f4; color: #900; padding: 0.3em 0.5em; }
            p.caption { text-align: center; font-size: \(fmt(s.smallSize))pt; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: \(fmt(s.smallSize))pt; }
            table.grid th, table.grid td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: middle; }
            table.grid th { background: #eee; } .c { text-align: center; }
            table.photos td { width: 50%; vertical-align: top; padding: 0.3em; page-break-inside: avoid; }
            table.photos figure { margin: 0; text-align: center; }
            table.photos img { max-width: 100%; height: auto; }
            table.photos p.prompt { font-size: \(fmt(s.smallSize))pt; text-align: left; }
            @media screen and (max-width: 600px) {
              table.photos td { display: block; width: auto; }
              table.photos img { width: auto !important; }
            }
            thead { display: table-header-group; } tr { page-break-inside: avoid; }
            figcaption { font-size: \(fmt(s.smallSize))pt; }
            """
    }

    private func e(_ text: String) -> String { XMLText.escape(text) }

    /// Element text: escaped, each line break a `<br>` (HTML would show it as a space).
    private func inline(_ text: String) -> String { ReportText.lines(text).map(e).joined(separator: "<br>") }

    private func percent(_ x: Double) -> String { fmt(x * 100) + "%" }

    private func fmt(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.2f", x)
    }
}
