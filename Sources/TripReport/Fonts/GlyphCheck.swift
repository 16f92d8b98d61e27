import TripModel

/// Finds characters of a document that no configured face has a glyph for (an Ext-C 𪜶 prints
/// as a box in the PDF), and says so before the official files it.
struct GlyphCheck {
    /// The document's faces.
    let faces: FontFaces
    /// What is installed.
    var lookup: any FontLookup = FontCatalog.shared
    /// At most this many characters are named one by one.
    var limit = 10

    /// A character without a glyph, and where it first appears.
    struct Missing: Hashable {
        /// The character.
        var scalar: Unicode.Scalar
        /// A few characters around its first use.
        var excerpt: String
    }

    /// Characters no installed configured face covers, in order of first appearance.
    func missing(in texts: [String], faces installed: [String]) -> [Missing] {
        var seen = Set<UInt32>()
        var out: [Missing] = []
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for (i, scalar) in scalars.enumerated() where !seen.contains(scalar.value) {
                seen.insert(scalar.value)
                if scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
                    || scalar.properties.generalCategory == .control || scalar.properties.isVariationSelector
                {
                    continue
                }
                if installed.contains(where: { lookup.has(scalar, in: $0) }) { continue }
                let from = max(0, i - 4)
                let to = min(scalars.count, i + 5)
                var excerpt = String(String.UnicodeScalarView(scalars[from..<to]))
                if from > 0 { excerpt = "…" + excerpt }
                if to < scalars.count { excerpt += "…" }
                out.append(Missing(scalar: scalar, excerpt: excerpt))
            }
        }
        return out
    }

    /// Warnings for the document: a missing CJK face, else each character without a glyph.
    func warnings(for doc: Document) -> [LocalizedText] {
        let installedCJK = faces.cjk.filter(lookup.isInstalled)
        guard !installedCJK.isEmpty else {
            let list = faces.cjk.joined(separator: "、")
            return [
                LocalizedText(
                    zh: "本機沒有安裝報告設定的任何中文字型（\(list)），ODT、DOCX 與 PDF 會以其他字型顯示；請安裝 fonts-arphic-ukai（楷書）與 fonts-noto-cjk。",
                    en:
                        "None of the report's CJK fonts (\(faces.cjk.joined(separator: ", "))) is installed, so ODT, DOCX and PDF show another face; install fonts-arphic-ukai (Kai) and fonts-noto-cjk."
                )
            ]
        }
        let installed = installedCJK + faces.latin.filter(lookup.isInstalled)
        let missing = missing(in: doc.shownTexts, faces: installed)
        var out: [LocalizedText] = []
        for item in missing.prefix(limit) {
            let code = "U+" + String(item.scalar.value, radix: 16, uppercase: true)
            let other = lookup.anyFamily(with: item.scalar)
            out.append(
                LocalizedText(
                    zh:
                        "「\(Character(item.scalar))」（\(code)，見於「\(item.excerpt)」）在設定的字型（\(installed.joined(separator: "、"))）中都沒有字形，PDF 與列印會顯示為方框或其他字型；"
                        + (other.map { "請改寫該字，或將有此字形的「\($0)」加入 styles/reference.json 的 cjk_fallbacks。" }
                            ?? "本機也沒有任何字型有此字形：請改寫該字（例如以通用字替代並加註），或安裝有此字形的字型（如花園明朝 HanaMin）並加入 styles/reference.json 的 cjk_fallbacks。"),
                    en:
                        "\"\(Character(item.scalar))\" (\(code), in \"\(item.excerpt)\") has no glyph in any configured font (\(installed.joined(separator: ", "))), so the PDF and prints show a box or another face; "
                        + (other.map { "rewrite it, or add \"\($0)\", which has it, to cjk_fallbacks in styles/reference.json." }
                            ?? "no installed font has it: rewrite it (a common character with a note), or install a font that has it (e.g. HanaMin) and add it to cjk_fallbacks in styles/reference.json.")
                )
            )
        }
        if missing.count > limit {
            let rest = missing.dropFirst(limit).map { String(Character($0.scalar)) }.joined()
            out.append(
                LocalizedText(
                    zh: "另有 \(missing.count - limit) 個字元也沒有字形：\(rest)",
                    en: "\(missing.count - limit) more characters have no glyph: \(rest)"
                )
            )
        }
        return out
    }
}
