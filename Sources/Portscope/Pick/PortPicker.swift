#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PortscopeHost
import PortscopeKnowledge
import PortscopeSockets
import PortscopeSystem

/// Picks ports that are free now and safe to keep using, and holds them while it runs.
///
/// A candidate must be outside this host's ephemeral range and reserved list, above the
/// privileged ports, and (unless allowed) outside the default ephemeral ranges of Linux,
/// Windows and macOS, so it stays free on a teammate's machine too. Ports IANA lists as
/// unassigned come first. A candidate is taken only when real binds on every wildcard address
/// for every asked protocol succeed; those sockets stay open until the picked port is released.
public struct PortPicker: Sendable {
    public var registry: ServiceRegistry
    public var host: SysctlReader
    public var reservations: PickReservations
    public var capabilities: Capabilities

    public init(registry: ServiceRegistry, host: SysctlReader = SysctlReader(), reservations: PickReservations = PickReservations(), capabilities: Capabilities = .current()) {
        self.registry = registry
        self.host = host
        self.reservations = reservations
        self.capabilities = capabilities
    }

    public struct Options: Sendable {
        public var count = 1
        /// Only ports in this range.
        public var range: ClosedRange<UInt16>?
        public var protocols: Set<SocketProtocol> = [.tcp, .udp]
        /// A name to derive a stable port from (the same port every time while it stays free).
        public var name: String?
        /// Also allow ports inside other operating systems' default ephemeral ranges.
        public var allowOtherSystemsRanges = false

        public init() {}
    }

    /// A picked port and the sockets holding it (owned by one picker: not shared across threads).
    public final class PickedPort {
        public let port: UInt16
        public let protocols: Set<SocketProtocol>
        /// Why the port is safe, one sentence each.
        public let reasons: [String]
        /// IANA's assignment, or nil when unassigned.
        public let ianaService: String?
        /// The bound sockets (tcp4/tcp6/udp4/udp6 on the wildcards); closed by ``release()``.
        public private(set) var sockets: [BoundSocket]

        init(port: UInt16, protocols: Set<SocketProtocol>, reasons: [String], ianaService: String?, sockets: [BoundSocket]) {
            self.port = port
            self.protocols = protocols
            self.reasons = reasons
            self.ianaService = ianaService
            self.sockets = sockets
        }

        /// Turns the held IPv4 TCP socket into a listener on `address` and hands it over.
        public func listener(on address: IPAddress) throws(PortscopeError) -> BoundSocket {
            try handOver(.tcp, on: address)
        }

        /// Hands over a socket of `transport` bound to the picked port on `address`: the held
        /// wildcard socket itself for `0.0.0.0` (a TCP one is made to listen), else a new
        /// socket bound to `address` right after the held one of its family closes. The other
        /// held sockets are released.
        public func handOver(_ transport: SocketProtocol, on address: IPAddress) throws(PortscopeError) -> BoundSocket {
            defer { release() }
            if address == .anyIPv4, let held = sockets.first(where: { $0.attempt.transport == transport && $0.attempt.address == .anyIPv4 }) {
                if transport == .tcp, listen(held.descriptor, 128) != 0 { throw .bind(port: port, errno: .current) }
                sockets.removeAll { $0 === held }
                return held
            }
            sockets.first { $0.attempt.transport == transport && $0.attempt.address.family == address.family }?.close()
            do {
                return try BoundSocket(BindAttempt(address: address, port: port, transport: transport, reuseAddress: transport == .tcp, v6Only: true))
            } catch {
                throw .bind(port: port, errno: error)
            }
        }

        /// Closes every held socket.
        public func release() {
            sockets.forEach { $0.close() }
            sockets.removeAll()
        }

        deinit {
            release()
        }
    }

    /// The ports a pick may choose from, best first (unassigned at IANA, then assigned).
    public func candidates(_ options: Options) throws(PortscopeError) -> (preferred: [UInt16], fallback: [UInt16], excluded: [String]) {
        let settings: HostPortSettings
        do {
            settings = try host.portSettings()
        } catch {
            throw .host(error)
        }
        let policy = HostPortPolicy(settings)
        var excluded = ["this host's ephemeral range \(settings.localPortRange.lowerBound)–\(settings.localPortRange.upperBound)"]
        if !settings.reservedPorts.isEmpty { excluded.append("ip_local_reserved_ports") }
        let lowest = max(1, capabilities.canBindPrivilegedPorts && options.range != nil ? 1 : settings.unprivilegedPortStart)
        if lowest > 1 { excluded.append("privileged ports below \(settings.unprivilegedPortStart)") }
        var others: [EphemeralProfile] = []
        if !options.allowOtherSystemsRanges {
            others = EphemeralProfile.defaults.filter { [.linux, .windows, .macos].contains($0.os) }
            excluded.append("the default ephemeral ranges of Linux (32768–60999), Windows and macOS (49152–65535)")
        }
        let range = options.range ?? 1024...65535
        let taken = registry.takenPorts(for: Set(options.protocols.map { $0 == .tcp ? TransportProtocol.tcp : .udp }))
        var preferred: [UInt16] = []
        var fallback: [UInt16] = []
        for value in range where Int(value) >= lowest {
            let port = Port(value)
            if policy.isEphemeral(port) || policy.isReserved(port) || others.contains(where: { $0.contains(port) }) { continue }
            if taken[Int(value)] { fallback.append(value) } else { preferred.append(value) }
        }
        return (preferred, fallback, excluded)
    }

    /// Picks `options.count` ports and holds them. A pick that cannot find them all holds and
    /// reserves nothing, and says what ran out: the range, free ports, or ports reserved by
    /// earlier picks.
    public func pick(_ options: Options) throws(PortscopeError) -> [PickedPort] {
        let (preferred, fallback, excluded) = try candidates(options)
        let candidateCount = preferred.count + fallback.count
        let scope = options.range.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "1024–65535"
        let rangeSize = options.range.map(\.count) ?? (65535 - 1024 + 1)
        guard rangeSize >= options.count else {
            throw .noPortAvailable(reason: "--range \(scope) holds \(rangeSize) port\(rangeSize == 1 ? "" : "s"), and --count asked for \(options.count)")
        }
        guard candidateCount >= options.count else {
            let only = candidateCount == 0 ? "none" : "only \(candidateCount)"
            let hint = options.allowOtherSystemsRanges ? "widen --range" : "widen --range, or allow other systems' ephemeral ranges with --anywhere"
            throw .noPortAvailable(reason: "\(options.count) port\(options.count == 1 ? " was" : "s were") asked for, but \(only) of the \(rangeSize) ports in \(scope) \(candidateCount == 1 ? "is" : "are") outside \(excluded.joined(separator: ", ")); \(hint)")
        }
        var picked: [PickedPort] = []
        var inUse = 0
        var reservedByPicks = 0
        do {
            _ = try reservations.update { recent in
                let taken = Set(recent.filter { $0.name == nil || $0.name != options.name }.map(\.port))
                for tier in [preferred, fallback] where picked.count < options.count {
                    for port in order(tier, name: options.name) where picked.count < options.count {
                        if taken.contains(port) {
                            reservedByPicks += 1
                            continue
                        }
                        guard let sockets = hold(port, options.protocols) else {
                            inUse += 1
                            continue
                        }
                        picked.append(PickedPort(
                            port: port, protocols: options.protocols,
                            reasons: reasons(port, options, excluded: excluded, unassigned: tier == preferred),
                            ianaService: registry.entries(for: Port(port)).first { $0.status == .assigned }?.service,
                            sockets: sockets
                        ))
                    }
                }
                // All or nothing: a failed pick reserves no port.
                guard picked.count == options.count else { return [] }
                return picked.map { PickReservations.Entry(port: $0.port, time: 0, name: options.name) }
            }
        } catch {
            picked.forEach { $0.release() }
            throw (error as? HostError).map(PortscopeError.host) ?? .noPortAvailable(reason: "\(error)")
        }
        guard picked.count == options.count else {
            picked.forEach { $0.release() }
            throw .noPortAvailable(reason: "only \(picked.count) of \(options.count) ports could be picked in \(scope): of its \(candidateCount) candidate ports (outside \(excluded.joined(separator: ", "))), \(inUse) \(inUse == 1 ? "is" : "are") in use and \(reservedByPicks) \(reservedByPicks == 1 ? "was" : "were") handed out by portscope pick in the last \(reservations.lifetime) s")
        }
        return picked
    }

    /// Candidates in the order to try them: from a point derived from `name` (stable), or
    /// from a random point (so concurrent pickers spread out).
    func order(_ ports: [UInt16], name: String?) -> [UInt16] {
        guard !ports.isEmpty else { return [] }
        let start: Int
        if let name {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            start = Int(hash % UInt64(ports.count))
        } else {
            start = Int.random(in: 0..<ports.count)
        }
        return Array(ports[start...] + ports[..<start])
    }

    /// Binds `port` on the IPv4 and IPv6 wildcards for each protocol; nil when any bind fails.
    /// IPv6 is skipped when this host has none.
    func hold(_ port: UInt16, _ protocols: Set<SocketProtocol>) -> [BoundSocket]? {
        var held: [BoundSocket] = []
        for transport in SocketProtocol.allCases where protocols.contains(transport) {
            for address in [IPAddress.anyIPv4, IPAddress.anyIPv6] {
                do {
                    held.append(try BoundSocket(BindAttempt(address: address, port: port, transport: transport, reuseAddress: false, v6Only: true, listen: false)))
                } catch {
                    if address.family == .ipv6, error == .addressFamilyNotSupported { continue }
                    held.forEach { $0.close() }
                    return nil
                }
            }
        }
        return held
    }

    func reasons(_ port: UInt16, _ options: Options, excluded: [String], unassigned: Bool) -> [String] {
        let protocols = SocketProtocol.allCases.filter(options.protocols.contains).map(\.rawValue).joined(separator: " and ")
        var reasons = ["free now for \(protocols) on 0.0.0.0 and [::] (bound for real, and held while portscope runs)"]
        reasons.append("outside " + excluded.joined(separator: ", "))
        if unassigned {
            reasons.append("unassigned at IANA")
        } else if let name = registry.entries(for: Port(port)).first(where: { $0.status == .assigned })?.service {
            reasons.append("registered at IANA to \(name) (no unassigned port was free)")
        }
        if let name = options.name { reasons.append("derived from the name \"\(name)\": the same port every time while it stays free") }
        return reasons
    }
}
