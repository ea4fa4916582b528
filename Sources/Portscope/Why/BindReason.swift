import PortscopeLocalization

/// What one reason of a bind diagnosis says, as facts; ``text(_:)`` says it in a language
/// (English for `why` and its JSON, the page's language on the port page).
public enum BindReason: Sendable, Hashable {
    /// A socket holds an overlapping address (`listening`: TCP LISTEN rather than bound UDP).
    case inUse(holder: BindHolder, listening: Bool, local: String, requested: String, port: UInt16, overlap: Overlap?, yetBound: Bool)
    /// A socket holds the port on an address that does not overlap.
    case noConflict(holder: BindHolder, listening: Bool, local: String, requested: String)
    /// Below `ip_unprivileged_port_start`, and this user may bind it (as root, or with the capability).
    case privilegedAllowed(port: UInt16, start: Int, asRoot: Bool)
    /// Below `ip_unprivileged_port_start`, and this user may not.
    case privilegedDenied(port: UInt16, start: Int)
    /// Below `ip_unprivileged_port_start`, said of the service (the page: its reader is not
    /// the service's user).
    case privilegedService(port: UInt16, start: Int)
    /// In `ip_local_reserved_ports`.
    case reserved(port: UInt16)
    /// Inside this host's ephemeral range.
    case ephemeral(port: UInt16, range: ClosedRange<UInt16>)
    /// IANA registers the port to a service.
    case registered(port: UInt16, protocol: String, name: String, description: String?)
    /// Another network namespace uses the port.
    case otherNamespace(place: NamespacePlace, port: UInt16, listening: Bool)
    /// A NAT rule (`rule`: where it lives) sends the port's traffic to `destination`.
    case forwarded(port: UInt16, protocol: String, destination: String, rule: String)
    /// Connections (some in TIME_WAIT) hold the port on an overlapping address. `outcome`:
    /// what a test bind without SO_REUSEADDR did (nil: none was made).
    case lingering(count: Int, timeWait: Int, port: UInt16, outcome: PlainBind?)
    /// The address is not one of this host's.
    case addressNotHere(address: String, error: String)
    /// The test bind failed; `explained` when a reason above says why.
    case testBindFailed(requested: String, protocol: String, error: String, explained: Bool)
    /// The test bind succeeded (`listened`: TCP, with listen()).
    case testBindSucceeded(requested: String, protocol: String, listened: Bool)
    /// No test bind was made (the port page): the answer rests on the socket table.
    case notConfirmed(port: UInt16)

    /// Which dual-stack overlap applies.
    public enum Overlap: Sendable, Hashable {
        /// The requested `[::]` without IPV6_V6ONLY also claims IPv4.
        case requestedDualStack
        /// The holder's `[::]` without IPV6_V6ONLY also takes IPv4.
        case holderDualStack
    }

    /// What the test bind without SO_REUSEADDR did.
    public enum PlainBind: Sendable, Hashable {
        case failed(error: String)
        case succeeded
    }

    /// The reason in `l`'s language.
    public func text(_ l: Localizer) -> String {
        switch self {
        case let .inUse(holder, listening, local, requested, port, overlap, yetBound):
            let detail = switch overlap {
            case .requestedDualStack: l(.bindOverlapRequestedDualStack)
            case .holderDualStack: l(.bindOverlapHolderDualStack)
            case nil: ""
            }
            let text = l(listening ? .bindInUseListens : .bindInUseBound, [
                "who": holder.text(l), "local": local, "requested": requested, "detail": detail, "port": String(port),
            ])
            return yetBound ? text + l(.bindYetSucceeded) : text
        case let .noConflict(holder, listening, local, requested):
            return l(listening ? .bindNoConflictListens : .bindNoConflictBound, ["who": holder.text(l), "local": local, "requested": requested])
        case let .privilegedAllowed(port, start, asRoot):
            return l(.bindPrivilegedAllowed, ["port": String(port), "start": String(start), "how": asRoot ? "root" : "CAP_NET_BIND_SERVICE"])
        case let .privilegedDenied(port, start):
            return l(.bindPrivilegedDenied, ["port": String(port), "start": String(start)])
        case let .privilegedService(port, start):
            return l(.bindPrivilegedService, ["port": String(port), "start": String(start)])
        case let .reserved(port):
            return l(.bindReserved, ["port": String(port)])
        case let .ephemeral(port, range):
            return l(.bindEphemeral, ["port": String(port), "first": String(range.lowerBound), "last": String(range.upperBound)])
        case let .registered(port, proto, name, description):
            return l(.bindRegistered, ["port": String(port), "protocol": proto, "name": name, "description": description.map { " (\($0))" } ?? ""])
        case let .forwarded(port, proto, destination, rule):
            return l(.bindForwarded, ["port": String(port), "protocol": proto, "destination": destination, "rule": rule])
        case let .otherNamespace(place, port, listening):
            let suffix = listening ? l(.bindForListener) : ""
            switch place {
            case let .container(runtime, id):
                return l(.bindOtherContainer, ["runtime": runtime, "id": id, "port": String(port), "listening": suffix])
            case let .namespace(id, process):
                return l(.bindOtherNamespace, ["id": String(id), "process": process, "port": String(port), "listening": suffix])
            }
        case let .lingering(count, timeWait, port, outcome):
            let detail = timeWait == count
                ? l.plural(timeWait, one: .bindLingerTimeWaitOne, many: .bindLingerTimeWaitMany)
                : l.plural(count, one: .bindLingerConnectionsOne, many: .bindLingerConnectionsMany, ["timeWait": String(timeWait)])
            switch outcome {
            case .failed(let error)?:
                return l.plural(count, one: .bindLingerBlocksOne, many: .bindLingerBlocksMany, ["detail": detail, "port": String(port), "error": error])
            case .succeeded?:
                return l.plural(count, one: .bindLingerHarmlessOne, many: .bindLingerHarmlessMany, ["detail": detail, "port": String(port)])
            case nil:
                return l.plural(count, one: .bindLingerUnconfirmedOne, many: .bindLingerUnconfirmedMany, ["detail": detail, "port": String(port)])
            }
        case let .addressNotHere(address, error):
            return l(.bindAddressNotHere, ["address": address, "error": error])
        case let .testBindFailed(requested, proto, error, explained):
            return l(explained ? .bindTestFailed : .bindTestFailedUnexplained, ["requested": requested, "protocol": proto, "error": error])
        case let .testBindSucceeded(requested, proto, listened):
            return l(listened ? .bindTestSucceededListen : .bindTestSucceeded, ["requested": requested, "protocol": proto])
        case let .notConfirmed(port):
            return l(.bindNotConfirmed, ["port": String(port)])
        }
    }
}

/// Who holds a socket, as a bind diagnosis names it.
public enum BindHolder: Sendable, Hashable {
    /// Known processes: name, pid, user.
    case processes([HolderProcess])
    /// A socket whose process could not be read (`viewerIsRoot`: even root could not).
    case hidden(uid: UInt32, viewerIsRoot: Bool)
    /// A socket no process holds.
    case none

    public struct HolderProcess: Sendable, Hashable {
        public var name: String
        public var pid: Int32
        public var user: String?
    }

    /// "nginx (pid 812, user root)", or "A process hidden from this user (socket uid 1001; …)".
    public func text(_ l: Localizer) -> String {
        switch self {
        case .processes(let processes):
            processes.map { p in
                p.user.map { l(.bindHolderProcess, ["name": p.name, "pid": String(p.pid), "user": $0]) }
                    ?? l(.bindHolderProcessNoUser, ["name": p.name, "pid": String(p.pid)])
            }.joined(separator: " " + l(.listAnd) + " ")
        case let .hidden(uid, viewerIsRoot):
            l(viewerIsRoot ? .bindHolderHiddenRoot : .bindHolderHidden, ["uid": String(uid)])
        case .none:
            l(.bindHolderNone)
        }
    }
}

/// Another network namespace, as a bind diagnosis names it.
public enum NamespacePlace: Sendable, Hashable {
    case container(runtime: String, id: String)
    /// A namespace by inode, with a process living in it (its name, or `pid N`).
    case namespace(id: UInt64, process: String)
}
