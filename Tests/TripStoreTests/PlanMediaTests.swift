import Foundation
import Testing
import TripMedia
import TripModel

@testable import TripStore

/// Photos and clippings a plan names must decode when the plan is read; the error stands at the
/// file key (issue 9 §2).
@Suite struct PlanMediaTests {
    func plan(photo: String = "meeting.png", press: String? = nil) -> String {
        minimalPlan(
            extra: press.map { "press:\n- {id: p1, date: 2025-09-02, outlet: 工商時報, image: \($0)}" } ?? "",
            eventExtra: "  photos:\n  - {file: \(photo), caption: 合影}"
        )
    }

    func read(_ text: String, in folder: URL, dataFolders: [URL] = []) -> [PlanError] {
        do {
            _ = try PlanReader(files: .commandLine(dataFolder: dataFolders.first)).read(text: text, fileName: "plan.yaml", baseDirectory: folder)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func aPhotoThatDecodesIsAccepted() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: fixture("meeting.png"), to: folder.appendingPathComponent("meeting.png"))
            #expect(read(plan(), in: folder).isEmpty)
        }
    }

    @Test func aPhotoCutShortIsAnErrorAtItsFileKey() throws {
        try withTemporaryFolder { folder in
            let whole = try Data(contentsOf: fixture("meeting.png"))
            try whole.prefix(whole.count - 20).write(to: folder.appendingPathComponent("meeting.png"))
            let errors = read(plan(), in: folder)
            #expect(errors.count == 1)
            let error = try #require(errors.first)
            #expect(error.problem == .badImage("meeting.png", .damaged))
            // `  photos:` then `  - {file: meeting.png, …}`: the value's line and column.
            let line = plan().components(separatedBy: "\n").firstIndex { $0.contains("file: meeting.png") }.map { $0 + 1 }
            #expect(error.line == line)
            #expect(error.column == 12)
            #expect(error.text(.zh).contains("meeting.png") && error.text(.en).contains("meeting.png"))
        }
    }

    @Test func theThreeByteJPEGIsAnError() throws {
        try withTemporaryFolder { folder in
            try Data([0xFF, 0xD8, 0xFF]).write(to: folder.appendingPathComponent("minimal-bad.jpg"))
            let problems = read(plan(photo: "minimal-bad.jpg"), in: folder).map(\.problem)
            #expect(problems == [.badImage("minimal-bad.jpg", .damaged)])
        }
    }

    @Test func aPressImageThatIsNotAnImageIsAnErrorAtItsKey() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: fixture("meeting.png"), to: folder.appendingPathComponent("meeting.png"))
            try Data("截圖".utf8).write(to: folder.appendingPathComponent("clip.png"))
            let problems = read(plan(press: "clip.png"), in: folder).map(\.problem)
            #expect(problems == [.badImage("clip.png", .notAnImage)])
        }
    }

    @Test func aMissingFileIsStillMissing() throws {
        try withTemporaryFolder { folder in
            #expect(read(plan(), in: folder).map(\.problem) == [.missingFile("meeting.png")])
        }
    }

    /// An exported plan names stored copies in the data folder: they were checked when they came
    /// in, and one damaged since must not block every later import (a report copes with it).
    @Test func aStoredCopyInTheDataFolderIsNotDecodedAgain() throws {
        try withTemporaryFolder { root in
            let planFolder = root.appendingPathComponent("plans")
            let data = root.appendingPathComponent("files")
            try FileManager.default.createDirectory(at: planFolder, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: data.appendingPathComponent("photos/mini"), withIntermediateDirectories: true)
            try Data([0xFF, 0xD8, 0xFF]).write(to: data.appendingPathComponent("photos/mini/0123456789abcdef.jpg"))
            #expect(read(plan(photo: "photos/mini/0123456789abcdef.jpg"), in: planFolder, dataFolders: [data]).isEmpty)
        }
    }
}

/// A stored copy damaged on disk is healed when the same photo is stored again, instead of
/// being kept because a file of that name exists.
@Suite struct VaultRepairTests {
    @Test func storingAPhotoAgainRewritesACopyDamagedSince() throws {
        try withTemporaryFolder { folder in
            let vault = FileVault(root: folder)
            let db = try TripDatabase.inMemory()
            func store(_ source: FileVault.Source) throws -> StoredFile { try db.storingFiles([(source, "photos/t")], vault: vault) { $0[0] } }
            let whole = try Data(contentsOf: fixture("meeting.png"))
            let first = try store(.file(fixture("meeting.png")))
            let copy = folder.appendingPathComponent(first.path)
            try whole.prefix(10).write(to: copy)
            let again = try store(.file(fixture("meeting.png")))
            #expect(again == first)
            #expect(try Data(contentsOf: copy) == whole)
            try whole.prefix(10).write(to: copy)
            _ = try store(.data(whole, fileExtension: "png"))
            #expect(try Data(contentsOf: copy) == whole)
        }
    }
}
