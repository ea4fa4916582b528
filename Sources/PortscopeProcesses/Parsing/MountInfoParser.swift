import PortscopeSystem

/// Reads `/proc/self/mountinfo` for how procfs is mounted.
///
/// A line is `ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL…] - FSTYPE SOURCE SUPEROPTIONS`.
/// procfs's `hidepid=` super option (`1`/`noaccess`, `2`/`invisible`, `4`/`ptraceable`) hides
/// other users' processes from users other than root and the `gid=` group.
public enum MountInfoParser {
    /// The `hidepid=` value of the procfs mounted at `mountPoint`, or nil when it has none
    /// (`0`/`off` counts as none) or is not found.
    public static func hidePID(_ bytes: [UInt8], mountPoint: String) -> String? {
        let wanted = Array(mountPoint.utf8)
        var found: String?
        for line in ByteText.lines(bytes) {
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
            guard fields.count >= 10, Array(fields[4]) == wanted,
                  let dash = fields.firstIndex(where: { $0.elementsEqual([UInt8(ascii: "-")]) }), dash + 3 < fields.count,
                  fields[dash + 1].elementsEqual("proc".utf8) else { continue }
            found = nil // the last mount on a point hides the earlier ones
            for option in fields[dash + 3].split(separator: UInt8(ascii: ",")) where option.starts(with: "hidepid=".utf8) {
                let value = ByteText.string(option.dropFirst(8))
                found = value == "0" || value == "off" ? nil : value
            }
        }
        return found
    }
}
