import Foundation
import Testing
import TripMedia
import TripModel
import ZIPFoundation

@testable import TripReport

/// A photo or clipping that cannot be read when a report is made (deleted, or damaged on disk
/// after it was logged) leaves the report whole: a prompt naming it takes its place in every
/// format and kind, and the run warns about it (issue 9 §2).
@Suite struct UnreadablePhotoTests {
    /// A delegation with two photos on its first visit and a clipping with an image; every
    /// picture written as a real JPEG, then `damage` applied to the files named.
    struct Setup {
        let folder = TestFolder()
        let delegation: Delegation
        let generator: ReportGenerator

        init(kind: String = "trip") throws {
            var d = kind == "council" ? USA.delegation() : Kyushu.delegation()
            for i in d.events.indices { d.events[i].photos = [] }
            let visit = try #require(d.events.firstIndex { ![.departure, .transfer, .return].contains($0.kind) })
            d.events[visit].photos = [
                Photo(file: "photos/t/deleted.jpg", caption: "已刪除的照片"),
                Photo(file: "photos/t/cut.jpg", caption: "被截斷的照片"),
                Photo(file: "photos/t/fine.jpg", caption: "完好的照片"),
            ]
            d.press = [PressItem(id: "p1", date: d.start, outlet: "工商時報", headline: "剪報", image: "press/t/clip.jpg")]
            delegation = d
            generator = ReportGenerator(templates: try RepoTemplates.load())
            for name in ["photos/t/deleted.jpg", "photos/t/cut.jpg", "photos/t/fine.jpg", "press/t/clip.jpg"] {
                try SyntheticPhoto.write(to: folder.url.appendingPathComponent("data/" + name), width: 900, height: 600)
            }
            // After logging: one deleted, one cut short on disk, the clipping emptied.
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent("data/photos/t/deleted.jpg"))
            let cut = folder.url.appendingPathComponent("data/photos/t/cut.jpg")
            let bytes = try Data(contentsOf: cut)
            try bytes.prefix(bytes.count / 2).write(to: cut)
            try Data().write(to: folder.url.appendingPathComponent("data/press/t/clip.jpg"))
        }

        func generate(_ kind: String, _ formats: [ReportFormat]) throws -> ReportResult {
            try generator.generate(
                delegation,
                options: ReportOptions(
                    kind: kind,
                    formats: formats,
                    outFolder: folder.url.appendingPathComponent("out"),
                    photoRoot: folder.url.appendingPathComponent("data"),
                    photos: PhotoProcessor(cacheFolder: folder.url.appendingPathComponent("cache"))
                )
            )
        }

        func text(_ file: URL) throws -> String {
            switch file.pathExtension {
            case "odt": return try entry("content.xml", of: file)
            case "docx": return try entry("word/document.xml", of: file)
            default: return try String(contentsOf: file, encoding: .utf8)
            }
        }

        private func entry(_ path: String, of file: URL) throws -> String {
            let archive = try Archive(url: file, accessMode: .read)
            let item = try #require(archive[path])
            var data = Data()
            _ = try archive.extract(item) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test(arguments: ["trip", "council"])
    func everyFormatIsWrittenWithAPromptInPlaceOfEachUnreadablePicture(kind: String) throws {
        let setup = try Setup(kind: kind)
        let result = try setup.generate(kind, [.md, .html, .odt, .docx])
        #expect(result.files.count == 4)
        for file in result.files {
            let text = try setup.text(file)
            #expect(text.contains("photos/t/deleted.jpg"), "\(file.lastPathComponent) names the deleted photo")
            #expect(text.contains("photos/t/cut.jpg"), "\(file.lastPathComponent) names the damaged photo")
            #expect(text.contains("圖檔無法讀取"), "\(file.lastPathComponent) holds the prompt")
            // The captions stay under the prompt.
            #expect(text.contains("已刪除的照片") && text.contains("被截斷的照片"))
        }
    }

    @Test func theFinePhotoIsStillEmbedded() throws {
        let setup = try Setup()
        let result = try setup.generate("trip", [.odt])
        let archive = try Archive(url: try #require(result.files.first), accessMode: .read)
        #expect(archive.filter { $0.path.hasPrefix("Pictures/") }.count == 1)
    }

    @Test func eachUnreadablePictureIsAWarningNamingIt() throws {
        let result = try Setup().generate("trip", [.md])
        let warnings = result.warnings.map { $0.text(.zh) }
        #expect(warnings.contains { $0.contains("photos/t/deleted.jpg") && $0.contains("檔案不存在或無法讀取") })
        #expect(warnings.contains { $0.contains("photos/t/cut.jpg") && $0.contains("檔案不完整或已損毀") })
        #expect(warnings.contains { $0.contains("press/t/clip.jpg") })
        #expect(result.warnings.allSatisfy { !$0.en.isEmpty })
    }

    @Test func thePromptsAreCountedAsPromptsToFill() throws {
        let result = try Setup().generate("trip", [.md])
        #expect(result.prompts.filter { $0.contains("圖檔無法讀取") }.count == 3)
    }

    @Test func noServerPathAppearsInTheReportOrItsWarnings() throws {
        let setup = try Setup()
        let result = try setup.generate("trip", [.md, .html])
        for file in result.files { #expect(!(try setup.text(file)).contains(setup.folder.url.path)) }
        #expect(result.warnings.allSatisfy { !$0.zh.contains(setup.folder.url.path) && !$0.en.contains(setup.folder.url.path) })
    }

    @Test(.enabled(if: PDFConverter.isAvailable, "LibreOffice (soffice) is not installed"))
    func thePDFIsMadeToo() throws {
        let setup = try Setup()
        let result = try setup.generate("trip", [.pdf])
        #expect(result.files.map(\.pathExtension) == ["pdf"])
    }
}
