/// One field of an edit that lost the race: the stored value beside the one typed.
struct CompareRow {
    /// The field's label.
    let label: String
    /// The value stored now.
    let theirs: String?
    /// The value typed.
    let yours: String?
    /// True when they differ (the row is marked).
    let differs: Bool

    /// A row of two values (empty ones shown as nothing).
    init(label: String, theirs: String, yours: String) {
        self.label = label
        self.theirs = theirs.nonEmpty
        self.yours = yours.nonEmpty
        differs = theirs != yours
    }
}
