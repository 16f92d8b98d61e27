/// Bundled or supplied gazetteer data that cannot be read.
public struct GazetteerLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file concerned.
    public let path: String
    /// What is wrong with it.
    public let reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: REASON; regenerate with python3 tools/build_gazetteer.py`.
    public var description: String {
        "\(path): \(reason); regenerate the data with `python3 tools/build_gazetteer.py`"
    }
}
