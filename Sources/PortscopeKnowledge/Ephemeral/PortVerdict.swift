/// The one-line consequence of what is known about a port: can a service live on it?
///
/// Pure: it reasons over the registry entries and, when known, this host's policy.
public enum PortVerdict {
    /// A one-line summary for `port`, e.g. "Any outgoing connection on this host may be
    /// given port 60776 for a few seconds; do not run a service on it."
    public static func summary(for port: Port, entries: [ServiceEntry], host: HostPortPolicy?) -> String {
        if port.rawValue == 0 {
            return "Port 0 is not a usable port: binding port 0 asks the kernel for any free ephemeral port, and nothing can listen on 0 itself."
        }
        let services = serviceNames(entries)
        let registered = services.isEmpty ? nil : "IANA registers it to \(services)."
        let otherOS = EphemeralProfile.defaults.filter { $0.contains(port) && $0.os != host?.os }
        let otherNames = list(otherOS.map(\.os.displayName))
        let hands = otherOS.count == 1 ? "hands" : "hand"

        guard let host else {
            let linux = EphemeralProfile.defaultProfile(for: .linux)
            if linux.contains(port) {
                let others = otherOS.filter { $0.os != .linux }.map(\.os.displayName)
                let also = others.isEmpty ? "" : " (and of \(list(others)))"
                return "Inside Linux's default ephemeral range\(also): outgoing connections may be given port \(port) for a few seconds; do not run a service on it."
            }
            let status = otherOS.isEmpty
                ? "Not ephemeral by default on Linux, Windows, macOS or FreeBSD: a service can use it."
                : "Outside Linux's default ephemeral range, but \(otherNames) \(hands) it to outgoing connections by default: avoid it for a service that must run there."
            return join([status, registered])
        }

        let status: String
        if host.isEphemeral(port) {
            guard host.isReserved(port) else {
                return "Any outgoing connection on this host may be given port \(port) for a few seconds; do not run a service on it, or reserve it first (net.ipv4.ip_local_reserved_ports)."
            }
            status = "Inside this host's ephemeral range but reserved (ip_local_reserved_ports), so outgoing connections never get it: a service can use it here."
        } else if otherOS.isEmpty {
            status = "Not ephemeral here or by default on Linux, Windows, macOS or FreeBSD: a service can use it."
        } else {
            status = "Not ephemeral on this host, but \(otherNames) \(hands) it to outgoing connections by default: fine for a service here, risky for one that must also run there."
        }
        let privilege = host.isPrivileged(port) ? "Binding it here needs root or CAP_NET_BIND_SERVICE." : nil
        return join([status, privilege, registered])
    }

    /// Distinct assigned service names, at most three, e.g. "http, www and www-http".
    static func serviceNames(_ entries: [ServiceEntry]) -> String {
        var names: [String] = []
        for entry in entries where entry.status == .assigned {
            if let name = entry.service, !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return "" }
        let shown = Array(names.prefix(3))
        return names.count > 3 ? "\(shown.joined(separator: ", ")) and \(names.count - 3) more" : list(shown)
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// Joins sentences with spaces.
    static func join(_ sentences: [String?]) -> String {
        sentences.compactMap { $0 }.joined(separator: " ")
    }
}
