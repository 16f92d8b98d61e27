import Foundation
import Testing
import TripModel

@testable import TripStore

@Suite("A plan file that is not UTF-8 text says what it is")
struct PlanFileTests {
    func problem(ofFile bytes: [UInt8]) throws -> PlanError? {
        try withTemporaryFolder { folder -> PlanError? in
            let url = folder.appendingPathComponent("plan.yaml")
            try Data(bytes).write(to: url)
            do {
                _ = try PlanReader().read(fileAt: url, displayName: "plan.yaml")
                return nil
            } catch let e as PlanErrors {
                return e.errors.first
            } catch {
                return nil
            }
        }
    }

    var planBytes: [UInt8] { Array(minimalPlan().utf8) }

    @Test("UTF-16 with a byte-order mark is named as UTF-16, at 1:1")
    func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in minimalPlan().utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let e = try #require(try problem(ofFile: bytes))
        #expect(e.problem == .file(.utf16(bigEndian: false, byteOrderMark: true)))
        #expect(e.text(.zh).hasPrefix("plan.yaml:1:1: 錯誤: 檔案是以 UTF-16 LE 存檔"))
    }

    @Test("UTF-16 without a byte-order mark is recognised by its zero bytes")
    func utf16WithoutBOM() throws {
        var bytes: [UInt8] = []
        for unit in minimalPlan().utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try problem(ofFile: bytes)?.problem == .file(.utf16(bigEndian: true, byteOrderMark: false)))
    }

    @Test("a UTF-8 byte-order mark is accepted")
    func utf8BOM() throws {
        #expect(try problem(ofFile: [0xEF, 0xBB, 0xBF] + planBytes) == nil)
    }

    @Test("Big5 bytes are reported at the line and column of the first one, naming UTF-8 as the fix")
    func invalidUTF8() throws {
        let text = "tripwright: 1\nid: mini\ntitle: "
        let e = try #require(try problem(ofFile: Array(text.utf8) + [0xB4, 0xFA, 0xB8, 0xD5, 0x0A]))
        #expect(e.problem == .file(.invalidUTF8(byte: 0xB4)))
        #expect(e.line == 3 && e.column == 8)
        #expect(e.text(.zh).contains("Big5"))
    }

    @Test("a JPEG given as a plan is named as a JPEG")
    func binary() throws {
        let e = try #require(try problem(ofFile: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]))
        guard case let .file(.binary(kind)) = e.problem else {
            Issue.record("got \(e.problem)")
            return
        }
        #expect(kind?.zh == "JPEG 照片")
    }

    @Test("a folder, a symlink loop and a missing file are each named, with no line number")
    func notFiles() throws {
        try withTemporaryFolder { folder in
            let loop = folder.appendingPathComponent("loop.yaml")
            try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
            func first(_ url: URL) -> PlanError? {
                do {
                    _ = try PlanReader().read(fileAt: url, displayName: url.lastPathComponent)
                    return nil
                } catch { return error.errors.first }
            }
            #expect(first(folder)?.problem == .file(.folder(folder.lastPathComponent)))
            #expect(first(loop)?.problem == .file(.symlinkLoop("loop.yaml")))
            #expect(first(folder.appendingPathComponent("nope.yaml"))?.problem == .file(.notFound("nope.yaml")))
            #expect(first(loop)?.text(.en).hasPrefix("loop.yaml: error: ") == true)
        }
    }

    @Test("an empty file says a plan needs content")
    func empty() throws {
        #expect(try problem(ofFile: Array("# 只有註解\n".utf8))?.problem == .file(.empty))
    }

    @Test("web uploads are decoded by the same rules")
    func uploadBytes() throws {
        let reader = PlanReader(files: .upload(dataFolder: FileManager.default.temporaryDirectory))
        #expect(throws: PlanErrors.self) {
            _ = try reader.read(data: Data([0xFE, 0xFF, 0x00, 0x74]), fileName: "plan.yaml", baseDirectory: FileManager.default.temporaryDirectory)
        }
        let plan = try reader.read(
            data: Data([0xEF, 0xBB, 0xBF] + planBytes),
            fileName: "plan.yaml",
            baseDirectory: FileManager.default.temporaryDirectory
        )
        #expect(plan.delegation.id == "mini")
    }
}
