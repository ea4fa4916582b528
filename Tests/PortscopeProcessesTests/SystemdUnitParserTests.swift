import PortscopeProcesses
import Testing

/// `/proc/PID/cgroup` as systemd lays it out, on cgroup v2 and on v1 (hybrid) hosts.
@Suite struct SystemdUnitParserTests {
    @Test(arguments: [
        // cgroup v2, system units, nested slices, template instances.
        ("0::/system.slice/nginx.service\n", "nginx.service", nil),
        ("0::/system.slice/system-getty.slice/getty@tty1.service\n", "getty@tty1.service", nil),
        ("0::/init.scope\n", "init.scope", nil),
        // A login session: a scope of the system manager.
        ("0::/user.slice/user-1000.slice/session-3.scope\n", "session-3.scope", nil),
        // The user's own manager and its units (`systemctl --user`).
        ("0::/user.slice/user-1000.slice/user@1000.service/init.scope\n", "init.scope", UInt32(1000)),
        ("0::/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-firefox-2231.scope\n", "app-gnome-firefox-2231.scope", UInt32(1000)),
        ("0::/user.slice/user-1000.slice/user@1000.service/app.slice/syncthing.service\n", "syncthing.service", UInt32(1000)),
        // The manager itself runs in user@1000.service, a system unit.
        ("0::/user.slice/user-1000.slice/user@1000.service\n", "user@1000.service", nil),
        // Docker with the systemd driver: its scope unit.
        ("0::/system.slice/docker-3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a.scope\n",
         "docker-3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a1b9c0d1e3f2a.scope", nil),
        // cgroup v1 (hybrid): the name=systemd hierarchy decides, whatever the order.
        ("12:memory:/system.slice/other.service\n1:name=systemd:/system.slice/sshd.service\n0::/\n", "sshd.service", nil),
    ] as [(String, String, UInt32?)])
    func units(cgroup: String, name: String, manager: UInt32?) {
        #expect(SystemdUnitParser.unit(fromCgroup: Array(cgroup.utf8)) == SystemdUnit(name: name, userManager: manager))
    }

    @Test(arguments: [
        "0::/\n",                                   // inside a container's cgroup namespace, or no systemd
        "0::/kubepods/burstable/pod1234/abcd\n",    // cgroupfs driver: no units
        "9:name=systemd:/\n0::/\n",
        "0::/system.slice\n",                       // a slice holds no processes of its own
        "garbage",
        "",
    ])
    func noUnit(cgroup: String) {
        #expect(SystemdUnitParser.unit(fromCgroup: Array(cgroup.utf8)) == nil)
    }

    /// A delegated cgroup's name is the user's choice: control characters or invalid UTF-8
    /// name no unit (rather than reaching a terminal).
    @Test func hostileNames() {
        #expect(SystemdUnitParser.unit(fromCgroup: Array("0::/user.slice/x\u{1B}]0;owned\u{07}.service\n".utf8)) == nil)
        #expect(SystemdUnitParser.unit(fromCgroup: Array("0::/system.slice/a".utf8) + [0xFF, 0xFE] + Array(".service\n".utf8)) == nil)
        // A fake manager name with no uid makes no user unit.
        #expect(SystemdUnitParser.unit(fromCgroup: Array("0::/user@x.service/a.service\n".utf8)) == SystemdUnit(name: "a.service"))
    }
}
