// swift-tools-version:6.1
import PackageDescription

/// portscope: what is this port, and what is using it on this machine right now?
///
/// Module map (arrows are the only imports allowed, see docs/architecture.md):
///
///     PortscopeLocalization ─> PortscopeKnowledge, PortscopeHost, PortscopeRender
///     PortscopeKnowledge ─┐
///     PortscopeSockets ───┤
///     PortscopeProcesses ─┼─> Portscope (façade) ─> PortscopeRender ─┬─> portscope (CLI)
///     PortscopeHost ──────┘                                          └─> PortscopeServer ─> portscope-serve
///     CNetlink (kernel headers only) ─> PortscopeSockets
///
/// `portscope-registry-gen` turns IANA's CSV into the generated registry source file.
/// Every Swift target: a member is visible only in files that import its module, so the
/// module map below is what the code really uses (`.ci/run` also builds with
/// `-explicit-target-dependency-import-check error`).
let strict: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "portscope",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "portscope", targets: ["portscope"]),
        .executable(name: "portscope-serve", targets: ["portscope-serve"]),
        .library(name: "Portscope", targets: ["Portscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        // `serve` only. Hummingbird without its default traits: no full Foundation, no
        // swift-configuration.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Named because PortscopeServer imports their modules (NIOCore, HTTPTypes) directly;
        // the versions Hummingbird resolves.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Every user-facing message of explain and the pages, in English and Italian. Pure.
        .target(name: "PortscopeLocalization", swiftSettings: strict),
        // Pure knowledge: ports, IANA ranges and registry, OS ephemeral profiles. No I/O.
        .target(
            name: "PortscopeKnowledge",
            dependencies: ["PortscopeLocalization", .product(name: "RealModule", package: "swift-numerics")], swiftSettings: strict),
        // Thin syscall helpers (files, environment, terminal) over swift-system.
        .target(
            name: "PortscopeSystem",
            dependencies: ["CStdio", .product(name: "SystemPackage", package: "swift-system")], swiftSettings: strict),
        // `stdout` for Swift 6 (a C global Swift cannot name), no logic.
        .target(name: "CStdio"),
        // Facts read from this host (/proc/sys), and the user's registry copy.
        .target(name: "PortscopeHost", dependencies: ["PortscopeSystem", "PortscopeLocalization"], swiftSettings: strict),
        // Kernel headers for sock_diag, no logic.
        .target(name: "CNetlink"),
        // Sockets: the model, pure decoders, and the netlink and /proc/net backends.
        .target(name: "PortscopeSockets", dependencies: ["CNetlink", "PortscopeSystem"], swiftSettings: strict),
        // Loads the BPF descriptor walk with bpf(2), relocated against the kernel's BTF (no BPF library).
        .target(name: "CBPFLoader"),
        // pidfd system-call wrappers (Swift cannot call variadic syscall(2)).
        .target(name: "CProcessControl"),
        // NAT rules that forward ports (nftables JSON), decoded purely; `nft` run as a subprocess.
        .target(name: "PortscopeForwarding", dependencies: ["PortscopeSystem"], swiftSettings: strict),
        // Processes: socket inode → processes (a /proc walk, or a BPF walk in the kernel), what
        // each process is, and signalling them safely.
        .target(name: "PortscopeProcesses", dependencies: ["PortscopeSystem", "CProcessControl", "CBPFLoader"], swiftSettings: strict),
        // The façade every front-end calls.
        .target(
            name: "Portscope",
            dependencies: ["PortscopeKnowledge", "PortscopeLocalization", "PortscopeHost", "PortscopeSockets", "PortscopeProcesses", "PortscopeForwarding"], swiftSettings: strict),
        // Pure renderers: model values in, String out.
        .target(
            name: "PortscopeRender",
            dependencies: ["Portscope", "PortscopeForwarding", "PortscopeHost", "PortscopeKnowledge", "PortscopeLocalization", "PortscopeSockets", "PortscopeProcesses", "PortscopeSystem"], swiftSettings: strict),
        // `serve`: the Prometheus exporter and JSON API over HTTP (Hummingbird).
        .target(
            name: "PortscopeServer",
            dependencies: [
                "Portscope", "PortscopeRender", "PortscopeKnowledge", "PortscopeLocalization", "PortscopeHost", "PortscopeSockets", "PortscopeProcesses", "PortscopeSystem",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),
        .executableTarget(
            name: "portscope",
            dependencies: [
                "Portscope", "PortscopeRender", "PortscopeSystem", "PortscopeServeOptions", "PortscopeLocalization",
                "PortscopeKnowledge", "PortscopeSockets", "PortscopeProcesses", "PortscopeHost",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: strict),
        // The options of `serve`, shared by both executables.
        .target(
            name: "PortscopeServeOptions",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")], swiftSettings: strict),
        // The exporter's executable: keeps SwiftNIO and Hummingbird out of `portscope`'s start-up.
        .executableTarget(
            name: "portscope-serve",
            dependencies: [
                "Portscope", "PortscopeProcesses", "PortscopeServer", "PortscopeServeOptions", "PortscopeSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),
        .executableTarget(
            name: "portscope-registry-gen",
            dependencies: ["PortscopeKnowledge"],
            path: "Tools/portscope-registry-gen", swiftSettings: strict),
        // Test support shared by the test targets: paths, running the CLI, golden files.
        .target(name: "PortscopeTesting", swiftSettings: strict),
        .testTarget(
            name: "PortscopeForwardingTests",
            dependencies: ["PortscopeForwarding"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeKnowledgeTests",
            dependencies: ["PortscopeKnowledge", "PortscopeLocalization", "PortscopeTesting"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeHostTests",
            dependencies: ["PortscopeHost", "PortscopeSystem", "PortscopeTesting"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeSocketsTests",
            dependencies: ["PortscopeSockets", "CNetlink", "PortscopeTesting"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeProcessesTests",
            dependencies: ["PortscopeProcesses", "PortscopeSystem", "PortscopeTesting"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeTests",
            dependencies: ["Portscope", "PortscopeForwarding", "PortscopeHost", "PortscopeKnowledge", "PortscopeProcesses", "PortscopeRender", "PortscopeSockets", "PortscopeSystem", "PortscopeTesting"],
            exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(
            name: "PortscopeServerTests",
            dependencies: [
                "PortscopeServer", "Portscope", "PortscopeHost", "PortscopeKnowledge", "PortscopeProcesses",
                "PortscopeSockets", "PortscopeSystem", "PortscopeTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ], swiftSettings: strict),
        .testTarget(
            name: "PortscopeCLITests",
            dependencies: ["portscope", "portscope-serve", "PortscopeTesting", "PortscopeLocalization"],
            exclude: ["Fixtures", "Snapshots"], swiftSettings: strict),
    ]
)
