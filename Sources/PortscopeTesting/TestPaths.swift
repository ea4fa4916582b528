import Foundation

/// Paths tests need: the package root, fixtures, the built executable, IANA's CSV.
public enum TestPaths {
    /// The package root (two levels above this file's folder).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path below the package root.
    public static func inPackage(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// The folder holding the built products (the test bundle sits next to them).
    public static var productsDirectory: URL {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // On macOS the runner lives inside PackageTests.xctest/Contents/MacOS.
        while url.path.contains(".xctest") { url.deleteLastPathComponent() }
        return url
    }

    /// The built `portscope` executable.
    public static var portscope: String {
        productsDirectory.appendingPathComponent("portscope").path
    }

    /// The built `portscope-serve` executable.
    public static var portscopeServe: String {
        productsDirectory.appendingPathComponent("portscope-serve").path
    }

    /// IANA's CSV from the shared folder (or `$PORTSCOPE_IANA_CSV`), when present.
    public static var ianaCSV: String? {
        if let path = ProcessInfo.processInfo.environment["PORTSCOPE_IANA_CSV"], FileManager.default.fileExists(atPath: path) {
            return path
        }
        let shared = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/iana/service-names-port-numbers.csv").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }

    /// Whether an executable named `name` is on `PATH`.
    public static func hasTool(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}
