import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("Paths in plan files stay in the folders the plan may read")
struct PlanPathTests {
    /// A plan folder with `photo.png` in it, a data folder with `photos/mini/kept.png`, and a
    /// picture beside both that no plan may read without `--allow-outside`.
    func withFolders(_ body: (_ plan: URL, _ data: URL, _ secret: URL) throws -> Void) throws {
        try withTemporaryFolder { root in
            let plan = root.appendingPathComponent("plan")
            let data = root.appendingPathComponent("data")
            try FileManager.default.createDirectory(at: plan, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: data.appendingPathComponent("photos/mini"), withIntermediateDirectories: true)
            let png = try Data(contentsOf: fixture("meeting.png"))
            try png.write(to: plan.appendingPathComponent("photo.png"))
            try png.write(to: data.appendingPathComponent("photos/mini/kept.png"))
            let secret = root.appendingPathComponent("secret.png")
            try png.write(to: secret)
            try body(plan, data, secret)
        }
    }

    func photo(_ path: String) -> String { minimalPlan(eventExtra: "  photos:\n  - {file: \"\(path)\", caption: 合影}") }

    func problems(_ path: String, _ folder: URL, _ policy: PlanFilePolicy) -> [PlanProblem] {
        readErrors(photo(path), folder: folder, policy: policy).map(\.problem)
    }

    @Test("on the command line: beside the plan and in the data folder are read; absolute, .. and links out are not")
    func commandLine() throws {
        try withFolders { plan, data, secret in
            let policy = PlanFilePolicy.commandLine(dataFolder: data)
            #expect(problems("photo.png", plan, policy) == [])
            #expect(problems("photos/mini/kept.png", plan, policy) == [])
            #expect(problems(secret.path, plan, policy) == [.pathOutside(secret.path, .absolute)])
            #expect(problems("../secret.png", plan, policy) == [.pathOutside("../secret.png", .parent)])
            #expect(problems("../../../../../../etc/hostname", plan, policy) == [.pathOutside("../../../../../../etc/hostname", .parent)])
            try FileManager.default.createSymbolicLink(at: plan.appendingPathComponent("link.png"), withDestinationURL: secret)
            #expect(problems("link.png", plan, policy) == [.pathOutside("link.png", .symlink(secret.resolvingSymlinksInPath().path))])
            try FileManager.default.createSymbolicLink(
                at: plan.appendingPathComponent("inside.png"),
                withDestinationURL: plan.appendingPathComponent("photo.png")
            )
            #expect(problems("inside.png", plan, policy) == [])
            #expect(problems("sub/../photo.png", plan, policy) == [])
            #expect(problems("nothing.png", plan, policy) == [.missingFile("nothing.png")])
            #expect(problems(".", plan, policy) == [.notAFile(".")])
        }
    }

    @Test("--allow-outside lets the command line read anywhere")
    func allowOutside() throws {
        try withFolders { plan, data, secret in
            let policy = PlanFilePolicy.commandLine(dataFolder: data, allowOutside: true)
            #expect(problems(secret.path, plan, policy) == [])
            #expect(problems("../secret.png", plan, policy) == [])
        }
    }

    @Test("a web upload may name files in the data folder only, and never says where the server's files are")
    func upload() throws {
        try withFolders { _, data, secret in
            let policy = PlanFilePolicy.upload(dataFolder: data)
            #expect(problems("photos/mini/kept.png", data, policy) == [])
            #expect(problems("/etc/passwd", data, policy) == [.pathOutside("/etc/passwd", .notInDataFolder)])
            #expect(problems("../secret.png", data, policy) == [.pathOutside("../secret.png", .notInDataFolder)])
            try FileManager.default.createSymbolicLink(at: data.appendingPathComponent("photos/mini/link.png"), withDestinationURL: secret)
            let linked = problems("photos/mini/link.png", data, policy)
            #expect(linked == [.pathOutside("photos/mini/link.png", .notInDataFolder)])
            #expect(!PlanProblem.pathOutside("x", .notInDataFolder).text(.zh).contains(secret.path))
        }
    }

    @Test("the importer copies exactly the file the reader checked")
    func importerCopiesChecked() throws {
        try withFolders { plan, data, _ in
            let planURL = plan.appendingPathComponent("mini.yaml")
            try Data(photo("photo.png").utf8).write(to: planURL)
            let location = DataLocation(databasePath: data.deletingLastPathComponent().appendingPathComponent("x.sqlite").path)
            let read = try PlanImporter(location: location).reader.read(fileAt: planURL)
            #expect(read.files["photo.png"]?.lastPathComponent == "photo.png")
            let db = try TripDatabase.inMemory()
            _ = try PlanImporter(location: location).importPlan(read, into: db)
            let stored = try #require(try db.delegation("mini").events.first?.photos.first?.file)
            #expect(FileManager.default.fileExists(atPath: location.url(ofStored: stored).path))
        }
    }
}
