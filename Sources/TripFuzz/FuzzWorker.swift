import Foundation
import TripChecks
import TripModel
import TripStore

/// Runs mutated plans through everything that reads a plan, and checks what must hold for any
/// input: the reader either accepts it or refuses it with located errors that say how to fix;
/// what it accepts the database stores, the checks judge and the writer writes back readably.
/// A trap or a hang ends the process, and the supervisor reports the input it left behind.
struct FuzzWorker {
    let work: URL
    let seeds: [(name: String, text: String)]
    var mutator: Mutator
    var rng: SplitMix

    /// What one run found.
    struct Counts {
        var inputs = 0, accepted = 0, refused = 0, slowest = 0.0
    }

    init(work: URL, seeds: [(name: String, text: String)], seed: UInt64) {
        self.work = work
        self.seeds = seeds
        rng = SplitMix(seed: seed)
        mutator = Mutator(seeds: seeds.map(\.text), rng: SplitMix(seed: seed ^ 0x5EED))
    }

    /// Fuzzes until `deadline` or `limit` inputs; returns the counts, or a finding that is not a
    /// crash (an accepted plan the database refuses, an error without a place or a fix).
    mutating func run(until deadline: Date, limit: Int, progress: URL) throws -> (Counts, String?) {
        var counts = Counts()
        let input = work.appendingPathComponent("current.yaml")
        let location = DataLocation(databasePath: work.appendingPathComponent("fuzz.sqlite").path)
        let importer = PlanImporter(location: location)
        while Date() < deadline, counts.inputs < limit {
            guard let seed = seeds.randomElement(using: &rng) else { break }
            let bytes = mutator.mutate(seed.text)
            try Data(bytes).write(to: input)
            try Data("\(counts.inputs)\t\(Date().timeIntervalSince1970)\t\(seed.name)\n".utf8).write(to: progress)
            let started = Date()
            if let finding = try one(input, importer: importer, counts: &counts) {
                return (counts, "\(finding) (from \(seed.name))")
            }
            counts.slowest = max(counts.slowest, Date().timeIntervalSince(started))
            counts.inputs += 1
        }
        return (counts, nil)
    }

    private func one(_ input: URL, importer: PlanImporter, counts: inout Counts) throws -> String? {
        let plan: Plan
        do {
            plan = try importer.reader.read(fileAt: input, displayName: "current.yaml")
        } catch {
            counts.refused += 1
            for e in error.errors {
                let zh = e.problem.text(.zh)
                if e.line < 1, !PlanErrorShape.isWholeFile(e.problem) { return "an error with no line: \(e.text(.en))" }
                if !(zh.contains("請") || zh.contains("是否應為")) { return "an error that says no fix: \(zh)" }
            }
            return nil
        }
        counts.accepted += 1
        let d = plan.delegation
        for today in [d.start, d.end.adding(days: 100)] { _ = Checker().check(d, today: today) }
        let db = try TripDatabase.inMemory()
        do {
            _ = try importer.importPlan(plan, into: db)
        } catch {
            return "the reader accepted a plan the database refused: \(error)"
        }
        let stored = try db.delegation(d.id)
        _ = Checker().check(stored, today: d.end.adding(days: 100))
        let written = try PlanWriter().write(stored)
        do {
            _ = try importer.reader.read(text: written, fileName: "export.yaml", baseDirectory: work)
        } catch {
            return "an export that does not read back: \(error.text(.en))"
        }
        return nil
    }
}

/// Problems about the file as a whole, which have no line.
enum PlanErrorShape {
    static func isWholeFile(_ problem: PlanProblem) -> Bool {
        if case .file = problem { true } else { false }
    }
}
