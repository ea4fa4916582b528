// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The main package's identity is the name of its folder (a clone may be named anything).
let portscope = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

/// libFuzzer targets for portscope's decoders. Built apart from the main package (with
/// `-sanitize=fuzzer,address`) by `scripts/fuzz.sh TARGET SECONDS`; each target is one
/// `LLVMFuzzerTestOneInput` over a public decoder, and must never trap or leak.
let package = Package(
    name: "portscope-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "fuzz-netlink", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-procnet", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-procpid", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-sysctl", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-ianacsv", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-registry", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-portarg", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-nftjson", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
        .executableTarget(name: "fuzz-btf", dependencies: ["CFuzzDriver", .product(name: "Portscope", package: portscope)]),
    ]
)
