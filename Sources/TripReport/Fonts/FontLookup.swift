/// What the writers and the glyph check ask of the installed fonts; `FontCatalog` answers from
/// fontconfig, tests answer from a list.
protocol FontLookup: Sendable {
    /// True when a font of that family (any of its names) is installed.
    func isInstalled(_ family: String) -> Bool
    /// The family fontconfig would show for `family` in language `lang`, installed or not.
    func substitute(for family: String, lang: String) -> String?
    /// True when the installed family has a glyph for the character.
    func has(_ scalar: Unicode.Scalar, in family: String) -> Bool
    /// Some installed family with a glyph for the character, if any.
    func anyFamily(with scalar: Unicode.Scalar) -> String?
}
