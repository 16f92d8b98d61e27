// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Tripwright",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tripwright", targets: ["tripwright"]),
        .library(name: "TripModel", targets: ["TripModel"]),
        .library(name: "Gazetteer", targets: ["Gazetteer"]),
        .library(name: "TripStore", targets: ["TripStore"]),
        .library(name: "TripChecks", targets: ["TripChecks"]),
        .library(name: "TripReport", targets: ["TripReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // Value types of the domain: time, place, ROC calendar, Chinese numerals. No I/O.
        .target(name: "TripModel"),
        // Bundled reference tables: airports, cities, public holidays.
        .target(
            name: "Gazetteer",
            dependencies: ["TripModel"],
            resources: [.copy("Data")]
        ),
        // The one check every photo and clipping passes on the way in: it decodes fully (libvips).
        .target(name: "TripMedia", dependencies: ["TripModel", "CVips"]),
        // GRDB database and plan files (YAML) in and out of it.
        .target(
            name: "TripStore",
            dependencies: [
                "TripModel", "Gazetteer", "TripMedia",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // RFC 5545 calendars of a delegation (files and the web feed).
        .target(name: "TripCalendar", dependencies: ["TripModel"]),
        // Rules that read a Delegation and return Diagnostics. Pure: no SQL, no printing.
        .target(name: "TripChecks", dependencies: ["TripModel", "Gazetteer"]),
        // libvips for photo downscaling with EXIF orientation applied, loaded at run time the first
        // time a photo is handled (linking it loaded about a hundred libraries on every start).
        .target(name: "CVips", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // libvips' own headers (Debian libvips-dev), only to check CVips' declarations of it.
        .systemLibrary(name: "CVipsSystem", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        // Compiles only when CVips declares libvips as libvips' headers do (the tests depend on it).
        .target(name: "CVipsCheck", dependencies: ["CVips", "CVipsSystem"]),
        // fontconfig (Debian libfontconfig-dev): which faces are installed and which characters they cover.
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        // Report kinds (Templates/) -> document tree -> Markdown, HTML, ODT, DOCX; PDF via LibreOffice; country names from the gazetteer.
        .target(
            name: "TripReport",
            dependencies: [
                "TripModel", "Gazetteer", "CVips", "CFontconfig", "TripMedia",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // Only to say where in a kind file a problem is (JSON is YAML; Yams keeps marks).
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Templates")]
        ),
        // The application layer: one type per use case (import a plan, log a note, make a report…),
        // typed input, typed result, `AppError` in both languages. The only target that assembles the layers.
        .target(
            name: "TripApp",
            dependencies: ["TripModel", "Gazetteer", "TripStore", "TripChecks", "TripReport", "TripCalendar", "TripMedia"],
            // The Kyushu example travels with the binary, so an installed one offers it too.
            resources: [.copy("Examples")]
        ),
        // Hummingbird app: pages (Mustache templates in Resources/templates), forms, uploads, auth, calendar feed; an adapter over TripApp.
        .target(
            name: "TripWeb",
            dependencies: [
                "TripApp", "TripModel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "TripWebTests",
            // The built `tripwright` too: the concurrency tests run it beside the web app on one database.
            dependencies: [
                "TripWeb", "TripApp", "TripModel", "TripStore", "TripReport", "tripwright",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The command line: thin commands over TripApp (and `serve` over TripWeb).
        .executableTarget(
            name: "tripwright",
            dependencies: [
                "TripApp", "TripModel", "TripWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TripModelTests", dependencies: ["TripModel"]),
        .testTarget(name: "TripMediaTests", dependencies: ["TripMedia", "TripModel", "TripReport", "CVipsCheck"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "TripModel"]),
        .testTarget(
            name: "TripStoreTests",
            dependencies: ["TripStore", "TripModel", "Gazetteer", "TripMedia"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TripCalendarTests", dependencies: ["TripCalendar", "TripModel"]),
        // Plan files the tests read from the source tree (Plans/), not bundled.
        .testTarget(
            name: "TripChecksTests",
            dependencies: ["TripChecks", "TripModel", "Gazetteer", "TripStore"],
            exclude: ["Plans"]
        ),
        // Benchmark of the checks over a synthetic year of an agency's travel, against reading the same
        // rows from the same database (docs/benchmarks.md).
        .executableTarget(
            name: "tripwright-bench",
            dependencies: ["TripModel", "TripChecks", "Gazetteer", "TripStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/TripBench"
        ),
        // Hummingbird with one bare route: the anchor of the web benchmark (tools/bench_web.sh).
        .executableTarget(
            name: "tripwright-web-anchor",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Sources/TripWebAnchor"
        ),
        // Benchmark of the reports: downscaling, DOCX against pandoc, memory (docs/benchmarks.md).
        .executableTarget(name: "tripwright-report-bench", dependencies: ["TripModel", "TripReport", "TripStore"], path: "Sources/TripReportBench"),
        // Mutation fuzzing of plans through the reader, the store and the checks (docs/reliability.md).
        .executableTarget(
            name: "tripwright-fuzz",
            dependencies: ["TripModel", "TripStore", "TripChecks", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/TripFuzz"
        ),
        // Golden files are read from the source tree (RECORD_GOLDEN=1 rewrites them), not bundled.
        .testTarget(
            name: "TripReportTests",
            dependencies: [
                "TripReport", "TripModel", "TripStore", "TripMedia",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Cases"]
        ),
        // Golden help texts are read from the source tree (RECORD_GOLDEN=1 rewrites them), not bundled.
        .testTarget(
            name: "TripwrightCLITests",
            dependencies: ["tripwright", "TripApp", "TripReport", "TripModel", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TripAppTests",
            dependencies: ["TripApp", "TripModel", "TripStore", "TripReport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
