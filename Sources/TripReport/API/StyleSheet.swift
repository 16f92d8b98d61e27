/// Reference styles (Templates/styles/reference.json): page, fonts and sizes every writer uses,
/// so an agency changes the look in one file for ODT, DOCX, PDF and HTML alike.
public struct StyleSheet: Hashable, Sendable, Decodable {
    /// Page size and margins in millimetres.
    public struct Page: Hashable, Sendable, Decodable {
        /// Width (A4: 210).
        public var width: Double
        /// Height (A4: 297).
        public var height: Double
        /// Top margin.
        public var top: Double
        /// Bottom margin.
        public var bottom: Double
        /// Left margin.
        public var left: Double
        /// Right margin.
        public var right: Double
    }

    /// Typefaces.
    public struct Fonts: Hashable, Sendable, Decodable {
        /// CJK typeface as documents name it, e.g. 標楷體.
        public var cjk: String
        /// Names tried when `cjk` is not installed, in order (e.g. DFKai-SB, AR PL UKai TW).
        public var cjkFallbacks: [String]
        /// Latin typeface, e.g. Times New Roman.
        public var latin: String
        /// Names tried when `latin` is not installed.
        public var latinFallbacks: [String]

        enum CodingKeys: String, CodingKey {
            case cjk, latin
            case cjkFallbacks = "cjk_fallbacks"
            case latinFallbacks = "latin_fallbacks"
        }
    }

    /// Page geometry.
    public var page: Page
    /// Typefaces.
    public var fonts: Fonts
    /// Body text size in points.
    public var bodySize: Double
    /// Line height as a multiple of the font size.
    public var lineSpacing: Double
    /// Sizes of headings level 1, 2, 3, 4 in points.
    public var headingSizes: [Double]
    /// Size of table text and captions.
    public var smallSize: Double
    /// Size of the cover's title.
    public var coverTitleSize: Double
    /// Size of the cover's other lines.
    public var coverSize: Double
    /// Width of one photo in a two-column grid, in centimetres.
    public var photoWidth: Double
    /// Page numbers in the footer.
    public var pageNumbers: Bool

    enum CodingKeys: String, CodingKey {
        case page, fonts
        case bodySize = "body_size"
        case lineSpacing = "line_spacing"
        case headingSizes = "heading_sizes"
        case smallSize = "small_size"
        case coverTitleSize = "cover_title_size"
        case coverSize = "cover_size"
        case photoWidth = "photo_width_cm"
        case pageNumbers = "page_numbers"
    }

    /// The size of a heading level (the last size repeats).
    public func headingSize(_ level: Int) -> Double {
        headingSizes.isEmpty ? bodySize : headingSizes[min(max(level, 1), headingSizes.count) - 1]
    }

    /// Text width in centimetres.
    public var textWidth: Double { (page.width - page.left - page.right) / 10 }
}
