// swift-tools-version: 6.0
// Fuzz targets for qalint (libFuzzer). A separate package so the main build never needs the
// fuzzer runtime; `scripts/fuzz.sh lint|config SECONDS` builds and runs them (see docs/fuzzing.md).
import PackageDescription

let package = Package(
    name: "qalint-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "qalint", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's `LLVMFuzzerRunDriver`: with SwiftPM the executable's `main` is
        // Swift's, so libFuzzer's own `main` is never linked and the driver must be called.
        .target(name: "CFuzzerDriver"),
        // The page parser and rule engine (per-page pass, corpus pass, fixer) over arbitrary bytes.
        .executableTarget(
            name: "FuzzLint",
            dependencies: ["CFuzzerDriver", .product(name: "QALintCore", package: "qalint")]
        ),
        // The configuration loader over arbitrary YAML, then the loaded rules over a small page.
        .executableTarget(
            name: "FuzzConfig",
            dependencies: ["CFuzzerDriver", .product(name: "QALintCore", package: "qalint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
