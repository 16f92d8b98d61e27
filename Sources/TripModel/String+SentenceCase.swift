extension String {
    /// The text with its first letter upper-cased and the rest as written ("gave a file to" →
    /// "Gave a file to"), for English sentence starts; CJK text is unchanged. Foundation's
    /// `capitalized` would upper-case every word.
    public var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
