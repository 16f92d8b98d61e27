import Foundation

/// Which files a plan may name (photos, clippings) and where they are looked up.
///
/// On the command line a relative path is looked up beside the plan, then in the data folder;
/// a path that leads out of both (an absolute path, `..`, a symbolic link to elsewhere) is
/// refused unless the user allows it (`--allow-outside`). A plan uploaded on the web has no
/// folder of its own: it may name only files already in the data folder, by relative path.
public struct PlanFilePolicy: Sendable, Equatable {
    /// True when the plan's own folder is a place to look (command line).
    public var besidePlan: Bool
    /// The data folder, when files already logged may be named.
    public var dataFolder: URL?
    /// True when paths may lead anywhere (the user said so).
    public var allowOutside: Bool

    /// The command line's policy.
    public static func commandLine(dataFolder: URL?, allowOutside: Bool = false) -> PlanFilePolicy {
        PlanFilePolicy(besidePlan: true, dataFolder: dataFolder, allowOutside: allowOutside)
    }

    /// The web upload's policy: the data folder only, never outside it.
    public static func upload(dataFolder: URL) -> PlanFilePolicy {
        PlanFilePolicy(besidePlan: false, dataFolder: dataFolder, allowOutside: false)
    }
}
