import Foundation
import Testing

@testable import TripReport

/// The hashes of originals are remembered between runs (and processes) by the files' status,
/// never trusted for a changed file, and kept in a file that concurrent writers and damage
/// cannot turn into a wrong answer.
@Suite("Remembered hashes of originals")
struct OriginalHashesTests {
    private func photo(_ folder: TestFolder, _ name: String, bytes: Int = 4096, seed: UInt8 = 1) throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        try Data((0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }).write(to: url)
        return url
    }

    private func cacheFile(_ folder: TestFolder) -> URL { folder.url.appendingPathComponent("cache/originals.tsv") }

    @Test("a hash is remembered for the next run, which reads nothing of the original")
    func rememberedForTheNextRun() throws {
        let folder = TestFolder()
        let original = try photo(folder, "a.jpg")
        let first = try OriginalHashes(file: cacheFile(folder)).hash(of: original)
        let content = try ContentHash.of(original)
        #expect(first == content)
        // A new object reads the file as the next process would.
        let next = OriginalHashes(file: cacheFile(folder))
        #expect(next.remembered(original) == first)
        let again = try next.hash(of: original)
        #expect(again == first)
    }

    @Test("an original changed in place, same size and name, is hashed again")
    func changedOriginalIsHashedAgain() throws {
        let folder = TestFolder()
        let original = try photo(folder, "a.jpg")
        let hashes = OriginalHashes(file: cacheFile(folder))
        let before = try hashes.hash(of: original)
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: original)
        #expect(hashes.remembered(original) == nil)
        let after = try hashes.hash(of: original)
        let content = try ContentHash.of(original)
        #expect(after != before && after == content)
        #expect(OriginalHashes(file: cacheFile(folder)).remembered(original) == after)
    }

    @Test("a damaged cache file is read past, line by line, and never gives a wrong hash")
    func damagedFileIsReadPast() throws {
        let folder = TestFolder()
        let original = try photo(folder, "a.jpg")
        let other = try photo(folder, "b.jpg", seed: 9)
        let good = try OriginalHashes(file: cacheFile(folder)).hash(of: other)
        var damage = Data("v1\tnot-a-hash\t1\t2\t3\t4\t5\t\(original.path)\n".utf8)
        damage += Data([0xFF, 0xFE, 0x00, 0x0A])
        damage += Data("v2\t\(String(repeating: "0", count: 32))\t4096\t0\t0\t0\t0\t\(original.path)\n".utf8)
        damage += Data("v1\t\(String(repeating: "0", count: 32))\t4096\t1\t1\t1\t1\t/tmp/%zz\n".utf8)
        // A line cut short, as by a crash in the middle of a write: no newline.
        damage += Data("v1\t\(String(repeating: "0", count: 32))\t4096".utf8)
        let handle = try FileHandle(forWritingTo: cacheFile(folder))
        try handle.seekToEnd()
        try handle.write(contentsOf: damage)
        try handle.close()
        let next = OriginalHashes(file: cacheFile(folder))
        #expect(next.remembered(other) == good)
        #expect(next.remembered(original) == nil)
        let fresh = try next.hash(of: original)
        let content = try ContentHash.of(original)
        #expect(fresh == content)
    }

    @Test("a path with tabs, line breaks and percent signs is written and read back whole")
    func oddPathsRoundTrip() throws {
        let folder = TestFolder()
        let original = try photo(folder, "a\tb\nc%41%0A.jpg")
        let hash = try OriginalHashes(file: cacheFile(folder)).hash(of: original)
        #expect(OriginalHashes(file: cacheFile(folder)).remembered(original) == hash)
    }

    @Test("two writers at once (as two processes) leave only whole lines, and every hash")
    func concurrentWritersLeaveWholeLines() throws {
        let folder = TestFolder()
        let originals = try (0..<60).map { try photo(folder, "p\($0).jpg", bytes: 2048, seed: UInt8($0)) }
        let writers = [OriginalHashes(file: cacheFile(folder)), OriginalHashes(file: cacheFile(folder))]
        DispatchQueue.concurrentPerform(iterations: originals.count * 2) { i in
            _ = try? writers[i % 2].hash(of: originals[i / 2])
        }
        let text = try String(contentsOf: cacheFile(folder), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(text.hasSuffix("\n"))
        #expect(lines.allSatisfy { HashRecord(line: Data($0.utf8)) != nil })
        let reader = OriginalHashes(file: cacheFile(folder))
        for original in originals {
            let content = try ContentHash.of(original)
            #expect(reader.remembered(original) == content)
        }
    }

    @Test("a file mostly of stale lines is rewritten with one line per original")
    func staleLinesAreCompacted() throws {
        let folder = TestFolder()
        let original = try photo(folder, "a.jpg")
        let hashes = OriginalHashes(file: cacheFile(folder))
        for k in 0..<300 {
            try Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &+ k) }).write(to: original)
            _ = try hashes.hash(of: original)
        }
        let lines = try String(contentsOf: cacheFile(folder), encoding: .utf8).split(separator: "\n")
        #expect(lines.count < 300)
        let content = try ContentHash.of(original)
        #expect(OriginalHashes(file: cacheFile(folder)).remembered(original) == content)
    }
}
