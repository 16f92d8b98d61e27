/// Sizes of pictures on the page, by both a width and a height limit.
enum PhotoSize {
    /// Room kept under a picture on its page for the caption lines and the cell's padding.
    static let captionRoom = 4.0

    /// The tallest a picture may be (cm): the text height less room for its caption.
    static func pageLimit(_ styles: StyleSheet) -> Double {
        max(5, (styles.page.height - styles.page.top - styles.page.bottom) / 10 - captionRoom)
    }

    /// Width and height in centimetres of a picture in a grid column `maxWidth` wide.
    ///  - `.even` (photos): no taller than 3:4 of the width, so rows of photos stay even; a
    ///    picture taller than 3:2 (a screenshot, a scan) keeps half the column's width and grows
    ///    down to `pageHeight`, so it is never a sliver.
    ///  - `.readable` (clippings): the column's width, unless that is taller than `pageHeight`;
    ///    then the page's height (a 1080×4200 phone screenshot prints 5.3 cm wide, 20.7 cm tall).
    static func fit(_ image: ImageRef, maxWidth: Double, pageHeight: Double, fit: PhotoGrid.Fit = .even) -> (Double, Double) {
        let aspect = image.aspect
        var width = maxWidth
        switch fit {
        case .even:
            let evenHeight = maxWidth * 0.75
            if width * aspect > evenHeight { width = max(evenHeight / aspect, maxWidth / 2) }
        case .readable:
            break
        }
        if width * aspect > pageHeight { width = pageHeight / aspect }
        return (width, width * aspect)
    }
}
