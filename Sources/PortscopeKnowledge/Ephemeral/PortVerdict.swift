import PortscopeLocalization

/// The consequence of what is known about a port: can a service live on it?
///
/// Pure: it reasons over the registry entries and, when known, this host's policy. The
/// verdict is a list of ``VerdictSentence`` facts; each says itself in a language, and the
/// English sentences joined are `explain --json`'s `summary`.
public enum PortVerdict {
    /// A one-line English summary for `port`, e.g. "Any outgoing connection on this host may
    /// be given port 60776 for a few seconds; do not run a service on it."
    public static func summary(for port: Port, entries: [ServiceEntry], host: HostPortPolicy?) -> String {
        VerdictSentence.text(sentences(for: port, entries: entries, host: host), .english)
    }

    /// The verdict's sentences for `port`, most important first.
    public static func sentences(for port: Port, entries: [ServiceEntry], host: HostPortPolicy?) -> [VerdictSentence] {
        if port.rawValue == 0 { return [.portZero] }
        let services = serviceNames(entries)
        let registered: VerdictSentence? = services.isEmpty ? nil : .registered(services: services)
        let nodePort: VerdictSentence? = KubernetesNodePorts.defaultRange.contains(port.rawValue) ? .kubernetesNodePort : nil
        let otherOS = EphemeralProfile.defaults.filter { $0.contains(port) && $0.os != host?.os }.map(\.os)

        guard let host else {
            if EphemeralProfile.defaultProfile(for: .linux).contains(port) {
                return [.linuxDefaultEphemeral(port: port, alsoOn: otherOS.filter { $0 != .linux })]
            }
            return [otherOS.isEmpty ? .notEphemeralByDefault : .outsideLinuxButEphemeralOn(otherOS), registered, nodePort].compactMap { $0 }
        }

        let status: VerdictSentence
        if host.isEphemeral(port) {
            guard host.isReserved(port) else { return [.hostEphemeral(port: port)] }
            status = .hostEphemeralButReserved
        } else if otherOS.isEmpty {
            status = .notEphemeralAnywhere
        } else {
            status = .notEphemeralHereButOn(otherOS)
        }
        return [status, host.isPrivileged(port) ? .privileged : nil, registered, nodePort].compactMap { $0 }
    }

    /// Distinct assigned service names, in registry order.
    static func serviceNames(_ entries: [ServiceEntry]) -> [String] {
        var names: [String] = []
        for entry in entries where entry.status == .assigned {
            if let name = entry.service, !names.contains(name) { names.append(name) }
        }
        return names
    }
}

/// Kubernetes' NodePort Services: every node of a cluster forwards a port from this range
/// (kube-apiserver's `--service-node-port-range`, default 30000-32767) to the Service.
public enum KubernetesNodePorts {
    public static let defaultRange: ClosedRange<UInt16> = 30000...32767
}

/// One sentence of what portscope concludes about a port, as facts.
public enum VerdictSentence: Sendable, Hashable {
    /// Port 0 cannot be listened on.
    case portZero
    /// IANA registers the port to these services.
    case registered(services: [String])
    /// Not knowing the host: inside Linux's default ephemeral range (and these other OSes').
    case linuxDefaultEphemeral(port: Port, alsoOn: [OperatingSystem])
    /// Not knowing the host: no common OS hands the port out.
    case notEphemeralByDefault
    /// Not knowing the host: outside Linux's default range, inside these OSes'.
    case outsideLinuxButEphemeralOn([OperatingSystem])
    /// Inside this host's ephemeral range, not reserved.
    case hostEphemeral(port: Port)
    /// Inside this host's ephemeral range but reserved.
    case hostEphemeralButReserved
    /// Neither this host nor any common OS hands the port out.
    case notEphemeralAnywhere
    /// Not ephemeral here, but these OSes hand it out by default.
    case notEphemeralHereButOn([OperatingSystem])
    /// Binding it needs root here.
    case privileged
    /// Inside Kubernetes' default NodePort range.
    case kubernetesNodePort
    /// Free in this network namespace, used in a container's.
    case usedInContainer(runtime: String, id: String)
    /// Free in this network namespace, used in another one.
    case usedInNamespace(id: UInt64)
    /// A listener holds it whose process could not be read.
    case listenerHidden
    /// These processes (`name (pid N)`) listen on it.
    case listenedBy([String])
    /// Only this many connections use it, no listener.
    case connectionsOnly(Int)

    /// The sentence in `l`'s language.
    public func text(_ l: Localizer) -> String {
        switch self {
        case .portZero:
            l(.verdictPortZero)
        case .registered(let services):
            l(.verdictRegistered, ["services": services.count > 3
                ? l(.listMore, ["items": services.prefix(3).joined(separator: ", "), "n": String(services.count - 3)])
                : l.list(services)])
        case .linuxDefaultEphemeral(let port, let others):
            others.isEmpty
                ? l(.verdictLinuxDefault, ["port": port.description])
                : l(.verdictLinuxDefaultAlso, ["port": port.description, "others": l.list(others.map(\.displayName))])
        case .notEphemeralByDefault:
            l(.verdictNotEphemeralByDefault)
        case .outsideLinuxButEphemeralOn(let others):
            l.plural(others.count, one: .verdictOutsideLinuxOne, many: .verdictOutsideLinuxMany, ["others": l.list(others.map(\.displayName))])
        case .hostEphemeral(let port):
            l(.verdictHostEphemeral, ["port": port.description])
        case .hostEphemeralButReserved:
            l(.verdictHostReserved)
        case .notEphemeralAnywhere:
            l(.verdictNotEphemeralAnywhere)
        case .notEphemeralHereButOn(let others):
            l.plural(others.count, one: .verdictNotHereButOne, many: .verdictNotHereButMany, ["others": l.list(others.map(\.displayName))])
        case .privileged:
            l(.verdictPrivileged)
        case .kubernetesNodePort:
            l(.verdictKubernetesNodePort, ["first": String(KubernetesNodePorts.defaultRange.lowerBound), "last": String(KubernetesNodePorts.defaultRange.upperBound)])
        case .usedInContainer(let runtime, let id):
            l(.usageElsewhereContainer, ["runtime": runtime, "id": id])
        case .usedInNamespace(let id):
            l(.usageElsewhereNamespace, ["id": String(id)])
        case .listenerHidden:
            l(.usageListenerHidden)
        case .listenedBy(let names):
            l.plural(names.count, one: .usageListenersOne, many: .usageListenersMany, ["names": names.joined(separator: ", ")])
        case .connectionsOnly(let count):
            l.plural(count, one: .usageConnectionsOne, many: .usageConnectionsMany)
        }
    }

    /// Sentences joined with spaces, in `l`'s language.
    public static func text(_ sentences: [VerdictSentence], _ l: Localizer) -> String {
        sentences.map { $0.text(l) }.joined(separator: " ")
    }
}
