import Foundation

/// The faces a document names for CJK and for Latin text, in the order LibreOffice should try
/// them. LibreOffice on Linux asks fontconfig about the first name only and takes its answer
/// (a 黑體 face for a missing 標楷體), so the first name must be one that shows the right face
/// here: the style sheet's own face when it is installed or fontconfig maps it to the first
/// installed face of the list (Times New Roman → Liberation Serif), else that installed face
/// (AR PL UKai TW). The other names follow, so Windows and macOS still find 標楷體 or BiauKai.
struct FontFaces: Hashable, Sendable {
    /// CJK faces, first the one documents name.
    var cjk: [String]
    /// Latin faces, first the one documents name.
    var latin: [String]
    /// The CJK face as the style sheet names it (標楷體): Word's alternate name for `cjk[0]`.
    var cjkPrimary: String
    /// The Latin face as the style sheet names it.
    var latinPrimary: String

    /// Resolves the style sheet's faces against the installed fonts.
    init(_ fonts: StyleSheet.Fonts, lookup: any FontLookup = FontCatalog.shared) {
        cjkPrimary = fonts.cjk
        latinPrimary = fonts.latin
        cjk = FontFaces.order(fonts.cjk, fonts.cjkFallbacks, lang: "zh-tw", lookup: lookup)
        latin = FontFaces.order(fonts.latin, fonts.latinFallbacks, lang: "en", lookup: lookup)
    }

    /// The CJK face documents name first.
    var cjkFace: String { cjk.first ?? cjkPrimary }
    /// The Latin face documents name first.
    var latinFace: String { latin.first ?? latinPrimary }

    /// Every configured face, CJK first.
    var all: [String] { cjk + latin.filter { !cjk.contains($0) } }

    static func order(_ primary: String, _ fallbacks: [String], lang: String, lookup: any FontLookup) -> [String] {
        var names: [String] = []
        for name in [primary] + fallbacks where !name.isEmpty && !names.contains(where: { same($0, name) }) {
            names.append(name)
        }
        guard let installed = names.first(where: lookup.isInstalled) else { return names }
        if same(installed, primary) { return names }
        if let substitute = lookup.substitute(for: primary, lang: lang), same(substitute, installed) { return names }
        return [installed] + names.filter { !same($0, installed) }
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive]) == .orderedSame
    }
}
