// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "evalfeedback",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "evalfeedback", targets: ["evalfeedback"]),
        .library(name: "EvalFeedbackCore", targets: ["EvalFeedbackCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .target(
            name: "EvalFeedbackCore",
            dependencies: [
                "CLibCSV",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Letters/Templates")]
        ),
        .executableTarget(
            name: "evalfeedback",
            dependencies: [
                "EvalFeedbackCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzImport",
            dependencies: ["EvalFeedbackCore", "FuzzDriver", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(name: "FuzzReading", dependencies: ["EvalFeedbackCore", "FuzzDriver"]),
        .executableTarget(name: "BenchLetters", dependencies: ["EvalFeedbackCore"]),
        // What every test target shares: temporary files and folders, the repository's folders,
        // and one way to run another program.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "EvalFeedbackCoreTests",
            dependencies: [
                "EvalFeedbackCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Letters/Golden"],
            resources: [.copy("Conformance")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["evalfeedback", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Expected"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
        ]
}
