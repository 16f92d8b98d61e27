import CVips

/// libvips, started once per process. `vips_init` must not run twice or from two threads at
/// once (two separate start flags once raced and corrupted memory); a static `let` is
/// initialised exactly once, so every user of libvips goes through this one.
enum Vips {
    static let started: Bool = tw_vips_start() == 0
}
