/// Sizes of pictures on the page.
enum PhotoSize {
    /// Width and height in centimetres: `maxWidth` wide, but no taller than 3:4 of that
    /// (portrait photos are narrowed so rows stay even).
    static func fit(_ image: ImageRef, maxWidth: Double) -> (Double, Double) {
        let maxHeight = maxWidth * 0.75
        var w = maxWidth, h = maxWidth * image.aspect
        if h > maxHeight {
            h = maxHeight
            w = h / image.aspect
        }
        return (w, h)
    }
}
