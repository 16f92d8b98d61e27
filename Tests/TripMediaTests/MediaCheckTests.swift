import Foundation
import Testing
import TripMedia
import TripModel
import TripReport

/// The one check a photo or clipping passes on every way in: it must be an accepted format and
/// decode completely (issue 9 §2).
@Suite("Photos are accepted only when they decode completely")
struct MediaCheckTests {
    let folder = MediaFolder()

    /// A real JPEG written by libvips.
    func photo(_ name: String = "photo.jpg", width: Int = 640, height: Int = 480) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try SyntheticPhoto.write(to: url, width: width, height: height)
        return url
    }

    @Test func aPhotoThatDecodesIsAcceptedWithItsSizeAndFormat() throws {
        let image = try MediaCheck.decode(fileAt: try photo(), name: "photo.jpg")
        #expect(image == DecodedImage(width: 640, height: 480, format: .jpeg))
    }

    @Test func theThreeByteJPEGOfTheIssueIsRefused() {
        let bad = Data([0xFF, 0xD8, 0xFF])
        #expect(throws: MediaProblem.self) { try MediaCheck.decode(bad, name: "minimal-bad.jpg") }
    }

    @Test func aJPEGCutShortIsRefusedAsDamaged() throws {
        let whole = try Data(contentsOf: try photo(width: 1200, height: 900))
        let cut = whole.prefix(whole.count / 2)
        #expect(throws: MediaProblem(name: "cut.jpg", reason: .damaged)) { try MediaCheck.decode(Data(cut), name: "cut.jpg") }
    }

    @Test func aJPEGMissingOnlyItsLastBytesIsRefused() throws {
        let whole = try Data(contentsOf: try photo(width: 800, height: 600))
        let cut = whole.prefix(whole.count - 200)
        #expect(throws: MediaProblem(name: "tail.jpg", reason: .damaged)) { try MediaCheck.decode(Data(cut), name: "tail.jpg") }
    }

    @Test func aPNGCutShortIsRefusedAsDamaged() throws {
        let png = folder.url.appendingPathComponent("a.png")
        let whole = try PNGBytes.noisy(width: 300, height: 200)
        try whole.write(to: png)
        _ = try MediaCheck.decode(fileAt: png, name: "a.png")
        let cut = whole.prefix(whole.count * 2 / 3)
        #expect(throws: MediaProblem(name: "a.png", reason: .damaged)) { try MediaCheck.decode(Data(cut), name: "a.png") }
    }

    @Test func textIsNotAnImage() {
        #expect(throws: MediaProblem(name: "notes.jpg", reason: .notAnImage)) {
            try MediaCheck.decode(Data("會議紀錄\n".utf8), name: "notes.jpg")
        }
    }

    @Test func aPDFOrSVGNeverReachesADecoderEvenThoughLibvipsCouldRenderIt() {
        let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>".utf8)
        #expect(throws: MediaProblem(name: "x.jpg", reason: .notAnImage)) { try MediaCheck.decode(pdf, name: "x.jpg") }
        #expect(throws: MediaProblem(name: "x.jpg", reason: .notAnImage)) { try MediaCheck.decode(svg, name: "x.jpg") }
    }

    @Test func anEmptyFileIsNotAnImage() {
        #expect(throws: MediaProblem(name: "empty.jpg", reason: .notAnImage)) { try MediaCheck.decode(Data(), name: "empty.jpg") }
    }

    @Test func aDecompressionBombIsRefusedFromItsHeaderAlone() throws {
        let bomb = PNGBytes.headerOnly(width: 40_000, height: 40_000)
        #expect(throws: MediaProblem(name: "bomb.png", reason: .tooManyPixels(width: 40_000, height: 40_000))) {
            try MediaCheck.decode(bomb, name: "bomb.png")
        }
    }

    @Test func aMissingFileOrAFolderIsUnreadable() {
        #expect(throws: MediaProblem(name: "gone.jpg", reason: .unreadable)) {
            try MediaCheck.decode(fileAt: folder.url.appendingPathComponent("gone.jpg"), name: "gone.jpg")
        }
        #expect(throws: MediaProblem(name: "dir", reason: .unreadable)) { try MediaCheck.decode(fileAt: folder.url, name: "dir") }
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutDecoding() throws {
        let big = folder.url.appendingPathComponent("big.jpg")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(MediaCheck.maximumBytes + 10))
        try handle.close()
        #expect(throws: MediaProblem(name: "big.jpg", reason: .tooLarge(bytes: MediaCheck.maximumBytes + 1))) {
            try MediaCheck.decode(fileAt: big, name: "big.jpg")
        }
    }

    @Test func aFormatOutsideTheAcceptedSetIsNotAnImage() throws {
        let jpeg = try Data(contentsOf: try photo())
        #expect(throws: MediaProblem(name: "p.jpg", reason: .notAnImage)) {
            try MediaCheck.decode(jpeg, name: "p.jpg", accepting: [.png])
        }
    }

    @Test func messagesNameTheFileAndSayWhatToDoInBothLanguages() {
        let problem = MediaProblem(name: "IMG_0412.jpg", reason: .damaged)
        #expect(problem.text(.zh).contains("IMG_0412.jpg") && problem.text(.zh).contains("重新匯出"))
        #expect(problem.text(.en).contains("IMG_0412.jpg") && problem.text(.en).contains("again"))
    }
}

/// A temporary folder removed when the value is released.
final class MediaFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tripmedia-\(UUID().uuidString)")

    init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
