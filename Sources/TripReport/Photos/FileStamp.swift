import Foundation

/// What `stat` says of a file that changes when its content does: size, modification and
/// status-change times to the nanosecond, device and file number.
struct FileStamp: Equatable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var device: UInt64
    var inode: UInt64

    /// The stamp of the file at `path`, or nil when it cannot be read or is not a regular file.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec)
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init(size: Int64, modified: Int64, changed: Int64, device: UInt64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.device = device
        self.inode = inode
    }
}
