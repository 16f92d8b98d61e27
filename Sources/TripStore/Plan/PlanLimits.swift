import TripModel

/// The sizes and spans a plan may have. Each is far beyond any real delegation, and each keeps
/// a mistyped or hostile file from making the reader or the checks run for minutes.
public enum PlanLimits {
    /// Largest plan file (a year of logged notes is well under 1 MB).
    public static let maximumFileBytes = 8 * 1_048_576
    /// Longest trip, start to end (a two-year training abroad fits).
    public static let maximumTripDays = 1_096
    /// How far before the start or after the end an item may be dated; further is a typo of the
    /// year (the checks report dates merely outside the trip).
    public static let itemMarginDays = 366
    /// Years a date may have: from ROC year 1 (1912), which the reports print, to 2199.
    public static let years = 1912...2199
    /// How many errors are kept for printing; the rest are counted.
    public static let keptErrors = 1_000
    /// How many errors are printed before "… and N more".
    public static let printedErrors = 20

    /// How large aliases may make a plan: twice the file plus 256 KiB.
    static func expansionLimit(sourceBytes: Int) -> Int { 2 * sourceBytes + 262_144 }

    /// True when a date is in `years`.
    static func isPlausible(_ date: LocalDate) -> Bool { years.contains(date.year) }
}
