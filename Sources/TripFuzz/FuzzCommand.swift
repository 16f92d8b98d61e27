import ArgumentParser
import Foundation

/// `tripwright-fuzz`: mutation fuzzing of the plan reader, the store and the checks.
///
/// The command supervises a worker (itself, with `--worker`): the worker runs mutated plans and
/// writes each input before running it; when the worker traps, or spends longer than
/// `--hang-seconds` on one input, the supervisor keeps that input in the findings folder and
/// fails. docs/reliability.md gives the command for long runs and what runs found.
@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tripwright-fuzz",
        abstract: "Mutation fuzzing of plan files through the reader, the store and the checks."
    )

    @Option(help: "How long to run, in seconds.")
    var seconds: Double = 60

    @Option(help: "At most this many inputs.")
    var iterations: Int = .max

    @Option(help: "The generator's seed (a run is repeated exactly from it); random when left out.")
    var seed: UInt64?

    @Option(help: "Longest time one input may take before it counts as a hang.")
    var hangSeconds: Double = 20

    @Option(help: "Where crashing, hanging and failing inputs are kept.")
    var findings: String = "fuzz-findings"

    @Option(help: "The repository, for the seeds.")
    var repository: String = FileManager.default.currentDirectoryPath

    @Flag(help: .hidden)
    var worker = false

    @Option(help: .hidden)
    var work: String?

    func run() throws {
        let seed = seed ?? UInt64.random(in: 1...UInt64.max)
        if worker {
            try runWorker(seed: seed)
        } else {
            try supervise(seed: seed)
        }
    }

    private func runWorker(seed: UInt64) throws {
        let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory())
        var fuzz = FuzzWorker(work: folder, seeds: try FuzzSeeds.load(repository: URL(fileURLWithPath: repository)), seed: seed)
        let clock = Date()
        let (counts, finding) = try fuzz.run(
            until: clock.addingTimeInterval(seconds),
            limit: iterations,
            progress: folder.appendingPathComponent("progress")
        )
        let elapsed = Date().timeIntervalSince(clock)
        print(
            String(
                format: "tripwright-fuzz seed %llu: %d inputs in %.1f s (%.1f/s), %d accepted, %d refused, slowest %.2f s",
                seed,
                counts.inputs,
                elapsed,
                Double(counts.inputs) / max(elapsed, 0.001),
                counts.accepted,
                counts.refused,
                counts.slowest
            )
        )
        if let finding {
            print("FINDING: \(finding)")
            throw ExitCode(3)
        }
    }

    private func supervise(seed: UInt64) throws {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("tripwright-fuzz-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        try? fm.copyItem(
            at: URL(fileURLWithPath: repository).appendingPathComponent("Tests/TripStoreTests/Fixtures/meeting.png"),
            to: folder.appendingPathComponent("meeting.png")
        )
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        child.arguments = [
            "--worker", "--seed", String(seed), "--seconds", String(seconds), "--iterations", String(iterations),
            "--repository", repository, "--work", folder.path,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        child.environment = environment
        try child.run()
        let progress = folder.appendingPathComponent("progress")
        var hung = false
        while child.isRunning {
            Thread.sleep(forTimeInterval: 0.25)
            guard let line = try? String(contentsOf: progress, encoding: .utf8),
                let started = line.split(separator: "\t").dropFirst().first.flatMap({ Double($0) })
            else { continue }
            if Date().timeIntervalSince1970 - started > hangSeconds {
                hung = true
                child.terminate()
                child.waitUntilExit()
            }
        }
        child.waitUntilExit()
        let crashed = child.terminationReason == .uncaughtSignal
        guard hung || crashed || child.terminationStatus != 0 else { return }
        let kept = URL(fileURLWithPath: findings)
        try fm.createDirectory(at: kept, withIntermediateDirectories: true)
        let what = hung ? "hang" : (crashed ? "crash" : "failure")
        let target = kept.appendingPathComponent("\(what)-\(seed).yaml")
        try? fm.removeItem(at: target)
        try fm.copyItem(at: folder.appendingPathComponent("current.yaml"), to: target)
        let progressLine = (try? String(contentsOf: progress, encoding: .utf8)) ?? ""
        print(
            "tripwright-fuzz: \(what) (signal or status \(child.terminationStatus)) on input \(progressLine.split(separator: "\t").first ?? "?") of seed \(seed); the input is in \(target.path)"
        )
        throw ExitCode(1)
    }
}
