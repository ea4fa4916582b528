import Foundation
import PortscopeTesting

/// Reads files from this target's Fixtures folder.
enum Fixture {
    static func path(_ name: String) -> String {
        TestPaths.inPackage("Tests/PortscopeSocketsTests/Fixtures/\(name)")
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// The recv() buffers stored in a capture file (each prefixed by its little-endian length).
    static func buffers(_ name: String) throws -> [[UInt8]] {
        let data = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path(name))))
        var buffers: [[UInt8]] = []
        var offset = 0
        while offset + 4 <= data.count {
            let length = Int(data[offset]) | Int(data[offset + 1]) << 8 | Int(data[offset + 2]) << 16 | Int(data[offset + 3]) << 24
            buffers.append(Array(data[(offset + 4)..<(offset + 4 + length)]))
            offset += 4 + length
        }
        return buffers
    }
}
