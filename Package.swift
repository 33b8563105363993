// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "evalfeedback",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "evalfeedback", targets: ["evalfeedback"]),
        .library(name: "EvalFeedbackCore", targets: ["EvalFeedbackCore"]),
        .executable(name: "evalfeedback-server", targets: ["evalfeedback-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The server only (issue 23): `make run` builds `--product evalfeedback`, which needs none of these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        // SQLite's process-wide settings (see Store/SQLite/SQLiteSettings.swift), made in C; kept in
        // the store's folder of raw SQLite with the rest.
        .target(
            name: "CSQLiteSettings", path: "Sources/EvalFeedbackCore/Store/SQLite/CSQLiteSettings",
            linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "EvalFeedbackCore",
            dependencies: [
                "CLibCSV",
                "CSQLiteSettings",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Store/SQLite/CSQLiteSettings"],
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
        .target(
            name: "EvalFeedbackWeb",
            dependencies: [
                "EvalFeedbackCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "evalfeedback-server",
            dependencies: [
                "EvalFeedbackWeb",
                "EvalFeedbackCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
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
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "EvalFeedbackWeb", "EvalFeedbackCore", "evalfeedback-server", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
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
