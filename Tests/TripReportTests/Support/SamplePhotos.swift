import Foundation
import TripModel
import TripReport

/// Generated photos for every file a delegation names (landscape, some portrait, some with an
/// EXIF orientation tag), so reports have real pictures to lay out; the first clipping is a tall
/// phone screenshot (1080×4200), which must print readable, not as a sliver.
enum SamplePhotos {
    static func write(for delegation: Delegation, into root: URL, width: Int = 1200, height: Int = 900) throws {
        let tall = delegation.press.compactMap(\.image).first
        for (i, path) in Fixture.imagePaths(delegation).enumerated() {
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) { continue }
            if path == tall {
                try SyntheticPhoto.write(to: url, width: 1080, height: 4200, orientation: 1, variant: i)
                continue
            }
            let portrait = i % 5 == 3
            try SyntheticPhoto.write(
                to: url,
                width: portrait ? height : width,
                height: portrait ? width : height,
                orientation: i % 7 == 2 ? 6 : 1,
                variant: i
            )
        }
    }
}
