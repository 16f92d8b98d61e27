import CVips

/// libvips, loaded and started once per process, the first time a photo is handled. `vips_init` must not run twice or from two threads at
/// once (two separate start flags once raced and corrupted memory); a static `let` is
/// initialised exactly once, so every user of libvips (the media check, the report's photo
/// processing) goes through this one.
public enum Vips {
    /// True once libvips has started; false when it could not (the caller says so).
    public static let started: Bool = tw_vips_start() == 0

    /// Why libvips could not start (not installed, too old), or nil when it started.
    public static var failure: String? { started ? nil : String(cString: tw_vips_error()) }
}
