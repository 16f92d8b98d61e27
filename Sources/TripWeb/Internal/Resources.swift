import Foundation

/// Finds the web resources (templates/, static/): an explicit folder, `$TRIPWRIGHT_WEB_RESOURCES`,
/// the copy SwiftPM puts beside the executable, or Sources/TripWeb/Resources in a checkout.
enum WebResources {
    static func locate(_ explicit: URL?) -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let explicit { candidates.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["TRIPWRIGHT_WEB_RESOURCES"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        let exe = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")).resolvingSymlinksInPath()
        let dir = exe.deletingLastPathComponent()
        for bundle in ["Tripwright_TripWeb.resources", "Tripwright_TripWeb.bundle", "Tripwright_TripWeb.bundle/Contents/Resources"] {
            candidates.append(dir.appendingPathComponent(bundle).appendingPathComponent("Resources"))
        }
        var up = URL(fileURLWithPath: fm.currentDirectoryPath)
        for _ in 0..<6 {
            candidates.append(up.appendingPathComponent("Sources/TripWeb/Resources"))
            up = up.deletingLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("templates/layout-top.mustache").path) }
    }
}
