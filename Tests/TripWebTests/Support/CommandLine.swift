import Foundation

/// Runs the built `tripwright` (beside the test bundle) and returns its status and output.
enum CommandLineTool {
    static func binary() throws -> URL {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [exe.appendingPathComponent("tripwright"), exe.deletingLastPathComponent().appendingPathComponent("tripwright")]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return found
    }

    /// Runs `tripwright ARGS` to the end, off the Swift concurrency threads, with HOME and the
    /// XDG folders in a temporary folder of its own (removed afterwards): never the user's.
    static func run(_ args: [String]) async throws -> (status: Int32, out: String, err: String) {
        let binary = try binary()
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tw-web-cli-\(UUID().uuidString)")
                        defer { try? FileManager.default.removeItem(at: home) }
                        let process = Process()
                        process.executableURL = binary
                        process.arguments = args
                        process.environment = ProcessInfo.processInfo.environment.merging(
                            [
                                "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                                "XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "TRIPWRIGHT_DB": "", "TRIPWRIGHT_LANG": "",
                            ]) { $1 }
                        let out = Pipe()
                        let err = Pipe()
                        process.standardOutput = out
                        process.standardError = err
                        try process.run()
                        let o = out.fileHandleForReading.readDataToEndOfFile()
                        let e = err.fileHandleForReading.readDataToEndOfFile()
                        process.waitUntilExit()
                        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
                    }
                )
            }
        }
    }
}
