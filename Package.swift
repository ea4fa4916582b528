// swift-tools-version:6.1
import PackageDescription

/// portscope: what is this port, and what is using it on this machine right now?
///
/// Module map (arrows are the only imports allowed, see docs/architecture.md):
///
///     PortscopeKnowledge ─┐
///     PortscopeSockets ───┤
///     PortscopeProcesses ─┼─> Portscope (façade) ─> PortscopeRender ─┬─> portscope (CLI)
///     PortscopeHost ──────┘                                          └─> PortscopeServer ─> portscope-serve
///     CNetlink (kernel headers only) ─> PortscopeSockets
///
/// `portscope-registry-gen` turns IANA's CSV into the generated registry source file.
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
    ],
    targets: [
        // Pure knowledge: ports, IANA ranges and registry, OS ephemeral profiles. No I/O.
        .target(
            name: "PortscopeKnowledge",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        // Thin syscall helpers (files, environment, terminal) over swift-system.
        .target(
            name: "PortscopeSystem",
            dependencies: ["CStdio", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // `stdout` for Swift 6 (a C global Swift cannot name), no logic.
        .target(name: "CStdio"),
        // Facts read from this host (/proc/sys), and the user's registry copy.
        .target(name: "PortscopeHost", dependencies: ["PortscopeSystem"]),
        // Kernel headers for sock_diag, no logic.
        .target(name: "CNetlink"),
        // Sockets: the model, pure decoders, and the netlink and /proc/net backends.
        .target(name: "PortscopeSockets", dependencies: ["CNetlink", "PortscopeSystem"]),
        // pidfd system-call wrappers (Swift cannot call variadic syscall(2)).
        .target(name: "CProcessControl"),
        // Processes: socket inode → processes, what each process is, and signalling them safely.
        .target(name: "PortscopeProcesses", dependencies: ["PortscopeSystem", "CProcessControl"]),
        // The façade every front-end calls.
        .target(
            name: "Portscope",
            dependencies: ["PortscopeKnowledge", "PortscopeHost", "PortscopeSockets", "PortscopeProcesses"]
        ),
        // Pure renderers: model values in, String out.
        .target(
            name: "PortscopeRender",
            dependencies: ["Portscope", "PortscopeKnowledge", "PortscopeSockets", "PortscopeProcesses"]
        ),
        // `serve`: the Prometheus exporter and JSON API over HTTP (Hummingbird).
        .target(
            name: "PortscopeServer",
            dependencies: [
                "Portscope", "PortscopeRender", "PortscopeSystem",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "portscope",
            dependencies: [
                "Portscope", "PortscopeRender", "PortscopeSystem", "PortscopeServeOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The options of `serve`, shared by both executables.
        .target(
            name: "PortscopeServeOptions",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The exporter's executable: keeps SwiftNIO and Hummingbird out of `portscope`'s start-up.
        .executableTarget(
            name: "portscope-serve",
            dependencies: [
                "PortscopeServer", "PortscopeServeOptions", "PortscopeSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "portscope-registry-gen",
            dependencies: ["PortscopeKnowledge"],
            path: "Tools/portscope-registry-gen"
        ),
        // Test support shared by the test targets: paths, running the CLI, golden files.
        .target(name: "PortscopeTesting"),
        .testTarget(
            name: "PortscopeKnowledgeTests",
            dependencies: ["PortscopeKnowledge", "PortscopeTesting"]
        ),
        .testTarget(
            name: "PortscopeHostTests",
            dependencies: ["PortscopeHost", "PortscopeSystem", "PortscopeTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PortscopeSocketsTests",
            dependencies: ["PortscopeSockets", "CNetlink", "PortscopeTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PortscopeProcessesTests",
            dependencies: ["PortscopeProcesses", "PortscopeTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PortscopeTests",
            dependencies: ["Portscope", "PortscopeRender", "PortscopeTesting"]
        ),
        .testTarget(
            name: "PortscopeServerTests",
            dependencies: [
                "PortscopeServer", "PortscopeTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "PortscopeCLITests",
            dependencies: ["portscope", "portscope-serve", "PortscopeTesting"],
            exclude: ["Fixtures", "Snapshots"]
        ),
    ]
)
