import Foundation

/// Golden-file comparison: expected outputs live in `Tests/<Target>/Snapshots/<name>`.
///
/// With `PORTSCOPE_RECORD=1` the file is (re)written and the check reports a failure, so a
/// re-record is never silent; a missing file is recorded the same way.
public enum Snapshot {
    /// Nil when `actual` matches the snapshot; else a message for the test failure.
    public static func mismatch(_ actual: String, named name: String, in target: String) -> String? {
        let path = TestPaths.inPackage("Tests/\(target)/Snapshots/\(name)")
        let record = ProcessInfo.processInfo.environment["PORTSCOPE_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true
            )
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return "recorded a new snapshot at \(path); check it and run the tests again"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if e != a {
                return "\(name) differs at line \(index + 1):\n  expected: \(e)\n  actual:   \(a)\n(PORTSCOPE_RECORD=1 re-records)"
            }
        }
        return "\(name) differs"
    }
}
