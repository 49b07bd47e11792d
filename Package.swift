// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "qalint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qalint", targets: ["qalint"]),
        .executable(name: "qalint-corpus", targets: ["qalint-corpus"]),
        .library(name: "QALintCore", targets: ["QALintCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
    ],
    targets: [
        // PCRE2 runs user-written patterns: JIT-compiled, and bounded by match limits so a
        // runaway pattern cannot hang a run. `scripts/setup` installs it (libpcre2-dev).
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // Counting bits with the processor's instruction where it has one (x86-64's POPCNT is
        // not in the baseline Swift compiles for), chosen at run time: title suggestions.
        .target(name: "CQALintBits"),
        .target(
            name: "QALintCore",
            dependencies: [.product(name: "Yams", package: "Yams"), "CPCRE2", "CQALintBits"]
        ),
        .executableTarget(
            name: "qalint",
            dependencies: [
                "QALintCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: a deterministic generator of realistic pages with injected defects.
        .target(name: "CorpusGenerator", path: "Benchmarks/CorpusGenerator"),
        .executableTarget(
            name: "qalint-corpus",
            dependencies: ["CorpusGenerator", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/qalint-corpus"
        ),
        .testTarget(name: "QALintCoreTests", dependencies: ["QALintCore"], exclude: ["Reporters/Fixtures", "Fuzz/Inputs"]),
        .testTarget(name: "qalintTests", dependencies: ["QALintCore"]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator", "QALintCore"]),
    ],
    swiftLanguageModes: [.v6]
)
