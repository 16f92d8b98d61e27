import Foundation
import Testing
import TripMedia

@testable import TripReport

@Suite struct PhotoTests {
    @Test func longestEdgeIsShrunkToTheLimitKeepingTheAspect() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("big.jpg")
        try SyntheticPhoto.write(to: source, width: 3000, height: 2000)
        let out = try PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache")).prepare(ImageRef(source: source))
        #expect(out.width == 1600)
        #expect(out.height == 1067)
    }

    @Test func exifOrientationIsAppliedAndStripped() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("rotated.jpg")
        try SyntheticPhoto.write(to: source, width: 800, height: 600, orientation: 6)
        #expect(SyntheticPhoto.orientation(of: source) == 6)
        let out = try PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache")).prepare(ImageRef(source: source))
        #expect(out.width == 600 && out.height == 800)
        #expect(SyntheticPhoto.orientation(of: try #require(out.prepared)) == 1)
    }

    @Test func smallPhotosAreNeverEnlarged() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("small.jpg")
        try SyntheticPhoto.write(to: source, width: 640, height: 480)
        let out = try PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache")).prepare(ImageRef(source: source))
        #expect(out.width == 640 && out.height == 480)
    }

    @Test func originalIsNeverChanged() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("orig.jpg")
        try SyntheticPhoto.write(to: source, width: 2400, height: 1800, orientation: 6)
        let before = try Data(contentsOf: source)
        _ = try PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache")).prepare(ImageRef(source: source))
        #expect(try Data(contentsOf: source) == before)
    }

    @Test func secondRunReusesTheCachedCopy() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("p.jpg")
        try SyntheticPhoto.write(to: source, width: 2400, height: 1800)
        let processor = PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
        let first = try processor.prepare(ImageRef(source: source))
        let stamp = try FileManager.default.attributesOfItem(atPath: try #require(first.prepared).path)[.modificationDate] as? Date
        let second = try processor.prepare(ImageRef(source: source))
        #expect(second.prepared == first.prepared)
        #expect(try FileManager.default.attributesOfItem(atPath: try #require(second.prepared).path)[.modificationDate] as? Date == stamp)
    }

    @Test func unreadableFileIsAnErrorNamingItByItsLabel() throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("not-a-photo.jpg")
        try Data("hello".utf8).write(to: source)
        #expect(throws: ReportError.unreadablePhoto(MediaProblem(name: "photos/t/not-a-photo.jpg", reason: .notAnImage))) {
            try PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
                .prepare(ImageRef(source: source, label: "photos/t/not-a-photo.jpg"))
        }
    }

    /// Large enough for the DCT shrink and the two-pass reduce (2400 → 1200 → 1000 px).
    @Test(arguments: 1...8) func everyExifOrientationComesOutUprightAsInLibvipsOwnThumbnail(orientation: Int) throws {
        let folder = TestFolder()
        let source = folder.url.appendingPathComponent("gradient-\(orientation).jpg")
        try SyntheticPhoto.gradient(to: source, width: 2400, height: 1600, orientation: orientation)
        let out = try PhotoProcessor(longestEdge: 1000, cacheFolder: folder.url.appendingPathComponent("cache")).prepare(ImageRef(source: source))
        let portrait = orientation >= 5
        #expect(portrait ? (out.width == 667 && out.height == 1000) : (out.width == 1000 && out.height == 667))
        let prepared = try #require(out.prepared)
        let difference = try #require(SyntheticPhoto.difference(prepared, fromThumbnailOf: source, size: 1000))
        // A wrong turn or flip of the gradient differs by about 40 per sample; resampling by under 3.
        #expect(difference < 3)
    }

    @Test func photosDifferingOnlyInTrailingBytesGetTheirOwnCachedCopies() throws {
        let folder = TestFolder()
        let base = folder.url.appendingPathComponent("base.jpg")
        try SyntheticPhoto.write(to: base, width: 640, height: 480)
        var bytes = try Data(contentsOf: base)
        bytes.append(Data(repeating: 0, count: (8 - bytes.count % 8) % 8))
        // Decoders stop at the end-of-image marker. These two tails differ only in the top bit of
        // two 8-byte words, which a word-wise FNV hash cannot tell apart.
        let first = folder.url.appendingPathComponent("first.jpg")
        let second = folder.url.appendingPathComponent("second.jpg")
        try (bytes + Data(repeating: 0, count: 16)).write(to: first)
        try (bytes + Data([0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0x80])).write(to: second)
        let processor = PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
        let a = try processor.prepare(ImageRef(source: first))
        let b = try processor.prepare(ImageRef(source: second))
        #expect(a.prepared != b.prepared)
    }
}
