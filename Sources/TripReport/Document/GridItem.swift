/// One photo of a grid: its image (when there is a file), a writing prompt when the picture is
/// still to be supplied, and caption lines.
public struct GridItem: Hashable, Sendable {
    /// The picture; nil when the file is not there yet (a prompt is shown instead).
    public var image: ImageRef?
    /// What the official must still supply (starts with 【待填】), shown in the prompt style.
    public var prompt: String?
    /// Caption lines under the picture.
    public var caption: [String]

    /// Creates a grid item.
    public init(image: ImageRef?, prompt: String? = nil, caption: [String]) {
        self.image = image
        self.prompt = prompt
        self.caption = caption
    }
}
