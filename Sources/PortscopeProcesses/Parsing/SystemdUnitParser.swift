import PortscopeSystem

/// Finds the systemd unit a process runs in from `/proc/PID/cgroup`.
///
/// systemd puts every unit's processes in a cgroup named after the unit:
/// - system units: `/system.slice/nginx.service`, `/system.slice/system-getty.slice/getty@tty1.service`;
/// - login sessions: `/user.slice/user-1000.slice/session-3.scope`;
/// - user units, under the user's manager `user@UID.service`:
///   `/user.slice/user-1000.slice/user@1000.service/app.slice/foo.service`;
/// - PID 1 itself: `/init.scope`.
///
/// The unit is the deepest `.service` or `.scope` component; below `user@UID.service` it is a
/// unit of that user's manager. cgroup v2's `0::` line is read, else v1's `name=systemd`
/// hierarchy. Paths are split as bytes (users with delegated cgroups choose the names); a
/// name that is not valid UTF-8 or has control characters is no unit.
public enum SystemdUnitParser {
    public static func unit(fromCgroup bytes: [UInt8]) -> SystemdUnit? {
        var fallback: SystemdUnit?
        for line in ByteText.lines(bytes) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let controllers = fields[1]
            if controllers.isEmpty || controllers.elementsEqual("name=systemd".utf8) {
                if let unit = unit(fromPath: Array(fields[2])) { return unit }
            } else if fallback == nil {
                fallback = unit(fromPath: Array(fields[2]))
            }
        }
        return fallback
    }

    /// The unit a single cgroup path names.
    public static func unit(fromPath path: [UInt8]) -> SystemdUnit? {
        var found: SystemdUnit?
        var manager: UInt32?
        for component in path.split(separator: UInt8(ascii: "/")) {
            guard let name = String(validating: component, as: UTF8.self),
                  name.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { return nil }
            guard name.hasSuffix(".service") || name.hasSuffix(".scope") else { continue }
            found = SystemdUnit(name: name, userManager: manager)
            if manager == nil, name.hasPrefix("user@"), name.hasSuffix(".service"),
               let uid = UInt32(name.dropFirst(5).dropLast(8)) {
                manager = uid
            }
        }
        return found
    }
}
