/// How a path in a plan would lead out of the folders the plan may read.
public enum PathLeak: Hashable, Sendable {
    /// An absolute path (`/etc/passwd`).
    case absolute
    /// A path that climbs out with `..`.
    case parent
    /// A path through a symbolic link to a file elsewhere (the link's target).
    case symlink(String)
    /// A plan uploaded on the web names a file that is not in the data folder.
    case notInDataFolder
}
