import Foundation
import Testing
import TripReport

/// A folder with a database holding the Kyushu seed, removed afterwards.
final class CLIWorkspace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tw-cli-media-\(UUID().uuidString)")
    var db: String { folder.appendingPathComponent("t.sqlite").path }
    /// The data folder beside the database.
    var files: URL { folder.appendingPathComponent("t.files") }

    init(seed: Bool = true) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if seed {
            let r = try tripwright(["import", root.appendingPathComponent("seeds/kyushu-2025.yaml").path, "--db", db])
            precondition(r.status == 0, r.err)
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Runs `tripwright` on this database with isolated data and cache folders.
    func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        try tripwright(
            args + ["--db", db],
            environment: [
                "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
                "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            ]
        )
    }

    /// A real JPEG written by libvips.
    func photo(_ name: String, variant: Int = 0) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try SyntheticPhoto.write(to: url, width: 640, height: 480, variant: variant)
        return url
    }

    /// A file with the given bytes.
    func file(_ name: String, _ data: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Stored files under the data folder (not the folder's lock file, which holds no data).
    var storedFiles: [String] {
        (FileManager.default.enumerator(atPath: files.path)?.allObjects as? [String] ?? []).filter { $0.contains(".") && $0 != ".lock" }
    }
}

@Suite("Photos and clippings that do not decode, on the command line (issue 9 §2)")
struct BadMediaCLITests {
    static let minimalBad = Data([0xFF, 0xD8, 0xFF])

    @Test("log photo refuses the 3-byte JPEG with exit 2, naming it, and stores nothing")
    func logPhotoRefusesMinimalBad() throws {
        let w = try CLIWorkspace()
        let bad = try w.file("minimal-bad.jpg", Self.minimalBad)
        let r = try w.run(["log", "photo", "kyushu-2025", "fgn", bad.path])
        #expect(r.status == 2)
        #expect(r.err.contains("minimal-bad.jpg") && r.err.contains("無法完整解碼"))
        #expect(w.storedFiles.isEmpty)
        #expect(!(try w.run(["export", "kyushu-2025"])).out.contains("photos/kyushu-2025"))
    }

    @Test("log photo with one good and one cut-short photo stores neither")
    func logPhotoAllOrNothing() throws {
        let w = try CLIWorkspace()
        let good = try w.photo("good.jpg")
        let whole = try Data(contentsOf: try w.photo("whole.jpg", variant: 1))
        let cut = try w.file("cut.jpg", whole.prefix(whole.count / 2))
        let r = try w.run(["log", "photo", "kyushu-2025", "fgn", good.path, cut.path, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.err.contains("cut.jpg") && r.err.contains("does not decode completely"))
        #expect(w.storedFiles.isEmpty)
    }

    @Test("log photo still takes a photo that decodes")
    func logPhotoTakesAGoodOne() throws {
        let w = try CLIWorkspace()
        let r = try w.run(["log", "photo", "kyushu-2025", "fgn", try w.photo("good.jpg").path])
        #expect(r.status == 0)
        #expect(w.storedFiles.count == 1)
    }

    @Test("log press --image refuses an image that does not decode and adds no clipping")
    func logPressRefusesABadImage() throws {
        let w = try CLIWorkspace()
        let bad = try w.file("clip.png", Data("not a png".utf8))
        let r = try w.run(["log", "press", "kyushu-2025", "--date", "2025-09-08", "--outlet", "測試電視台", "--image", bad.path])
        #expect(r.status == 2)
        #expect(r.err.contains("clip.png") && r.err.contains("不是可接受的圖片"))
        #expect(!(try w.run(["export", "kyushu-2025"])).out.contains("測試電視台"))
    }

    @Test("a plan naming a photo cut short is refused at the file key's line and column, exit 2")
    func planWithADamagedPhoto() throws {
        let w = try CLIWorkspace(seed: false)
        let whole = try Data(contentsOf: try w.photo("whole.jpg"))
        _ = try w.file("meeting.jpg", whole.prefix(whole.count / 2))
        let plan = try w.file(
            "plan.yaml",
            Data(
                """
                tripwright: 1
                id: pic
                title: 照片測試
                category: 考察
                agency: 臺中市政府
                home: 臺中市
                start: 2025-09-01
                end: 2025-09-02
                members:
                - {id: a, unit: 局, title: 局長, name: 甲, role: leader}
                events:
                - id: v1
                  kind: 拜會
                  title: 拜會
                  date: 2025-09-01
                  place: 福岡
                  photos:
                  - file: meeting.jpg
                    caption: 合影
                """.utf8
            )
        )
        for command in [["import", plan.path], ["check", plan.path]] {
            let r = try w.run(command)
            #expect(r.status == 2, "\(command[0])")
            #expect(r.err.contains("plan.yaml:18:11:") && r.err.contains("meeting.jpg"), "\(command[0]): \(r.err)")
        }
        #expect(w.storedFiles.isEmpty)
    }

    @Test("report still writes every format when a logged photo was damaged and another deleted, and warns naming them")
    func reportWithDamagedPhotos() throws {
        let w = try CLIWorkspace()
        #expect(
            try w.run([
                "log", "photo", "kyushu-2025", "fgn", try w.photo("a.jpg", variant: 2).path,
                try w.photo("b.jpg", variant: 3).path,
            ]).status == 0
        )
        let stored = w.storedFiles.sorted()
        #expect(stored.count == 2)
        let first = w.files.appendingPathComponent(stored[0])
        let second = w.files.appendingPathComponent(stored[1])
        let bytes = try Data(contentsOf: first)
        try bytes.prefix(bytes.count / 3).write(to: first)
        try FileManager.default.removeItem(at: second)
        let out = w.folder.appendingPathComponent("reports")
        let r = try w.run(["report", "kyushu-2025", "--format", "md,html,odt,docx", "--out", out.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("注意：圖檔「\(stored[0])」無法放進報告"))
        #expect(r.out.contains("注意：圖檔「\(stored[1])」無法放進報告"))
        let md = try String(contentsOf: out.appendingPathComponent("kyushu-2025-出國報告.md"), encoding: .utf8)
        #expect(md.contains("圖檔無法讀取") && md.contains(stored[0].replacingOccurrences(of: "_", with: "\\_")))
    }
}
