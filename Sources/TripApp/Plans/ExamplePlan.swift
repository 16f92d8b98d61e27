import Foundation

/// The example plans bundled with the binary (a copy of `seeds/kyushu-2025.yaml`, kept equal
/// by a test), so an installed `tripwright serve` offers the example without a `seeds/` folder.
public enum ExamplePlan {
    /// The Kyushu study trip, as a plan file inside the resources.
    public static var kyushu: URL? {
        Bundle.module.url(forResource: "kyushu-2025", withExtension: "yaml", subdirectory: "Examples")
            ?? Bundle.module.url(forResource: "kyushu-2025", withExtension: "yaml")
    }
}
