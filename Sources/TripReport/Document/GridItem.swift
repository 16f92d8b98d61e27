/// One photo of a grid: its image (when there is a file) and caption lines.
public struct GridItem: Hashable, Sendable {
    /// The picture; nil when the file is not there yet (a prompt is shown instead).
    public var image: ImageRef?
    /// Caption lines under the picture.
    public var caption: [String]

    /// Creates a grid item.
    public init(image: ImageRef?, caption: [String]) {
        self.image = image
        self.caption = caption
    }
}
