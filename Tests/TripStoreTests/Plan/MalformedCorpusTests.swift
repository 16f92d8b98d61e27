import Foundation
import Testing
import TripModel

@testable import TripStore

/// `Tests/Corpus/malformed`, written by `tools/malformed_corpus.py` from the seeds and fixtures
/// (tools/malformed_corpus.sh runs the same files through the built command line).
@Suite("The malformed-plan corpus: every plan refused where its mistake is, saying how to fix it")
struct MalformedCorpusTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Corpus/malformed")

    /// (file, line of the first error, what is wrong), from the manifest.
    static var manifest: [(file: String, line: Int, what: String)] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { row in
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 3, let line = Int(f[1]) else { return nil }
            return (f[0], line, f[2])
        }
    }

    @Test("the corpus has at least 150 plans")
    func size() { #expect(Self.manifest.count >= 150) }

    @Test("each is refused, first at the manifest's line, every error at FILE:LINE:COLUMN with a fix in zh-Hant and English")
    func everyPlanRefused() throws {
        // The reader `check` and `import` use, with a data folder that does not exist.
        let location = DataLocation(
            databasePath: FileManager.default.temporaryDirectory
                .appendingPathComponent("tw-corpus-\(UUID().uuidString).sqlite").path
        )
        let reader = PlanImporter(location: location).reader
        for entry in Self.manifest {
            let url = Self.folder.appendingPathComponent(entry.file)
            let errors: [PlanError]
            do {
                _ = try reader.read(fileAt: url, displayName: entry.file)
                Issue.record("\(entry.file) (\(entry.what)) was accepted")
                continue
            } catch {
                errors = error.errors
            }
            #expect(errors.first?.line == entry.line, "\(entry.file): \(errors.first?.text(.en) ?? "")")
            for e in errors {
                #expect(e.line >= 1 && e.column >= 1, "\(entry.file): \(e.text(.en))")
                let zh = e.problem.text(.zh)
                let en = e.problem.text(.en)
                #expect(zh.contains("請") || zh.contains("是否應為"), "\(entry.file): no fix in \(zh)")
                #expect(!zh.contains("while ") && !zh.contains("found ") && !zh.contains("did not"), "\(entry.file): \(zh)")
                #expect(!en.isEmpty && en != zh)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: location.database.path))
    }
}
