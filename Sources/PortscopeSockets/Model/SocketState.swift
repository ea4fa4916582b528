/// A socket's state: the kernel's TCP state names; UDP sockets are `UNCONNECTED` or `ESTABLISHED`.
public enum SocketState: String, CaseIterable, Sendable, Hashable, Codable {
    case established = "ESTABLISHED"
    case synSent = "SYN_SENT"
    case synRecv = "SYN_RECV"
    case finWait1 = "FIN_WAIT1"
    case finWait2 = "FIN_WAIT2"
    case timeWait = "TIME_WAIT"
    case close = "CLOSE"
    case closeWait = "CLOSE_WAIT"
    case lastAck = "LAST_ACK"
    case listen = "LISTEN"
    case closing = "CLOSING"
    case newSynRecv = "NEW_SYN_RECV"
    case boundInactive = "BOUND_INACTIVE"
    case unconnected = "UNCONNECTED"

    /// The state for the kernel's number (`include/net/tcp_states.h`: 1 ESTABLISHED … 10
    /// LISTEN … 12 NEW_SYN_RECV, 13 BOUND_INACTIVE). For UDP, 7 (TCP_CLOSE) means unconnected.
    public init?(kernel value: UInt8, protocol proto: SocketProtocol) {
        switch value {
        case 1: self = .established
        case 2: self = .synSent
        case 3: self = .synRecv
        case 4: self = .finWait1
        case 5: self = .finWait2
        case 6: self = .timeWait
        case 7: self = proto == .udp ? .unconnected : .close
        case 8: self = .closeWait
        case 9: self = .lastAck
        case 10: self = .listen
        case 11: self = .closing
        case 12: self = .newSynRecv
        case 13: self = .boundInactive
        default: return nil
        }
    }

    /// The kernel's number for this state (UNCONNECTED is TCP_CLOSE, 7).
    public var kernelValue: UInt8 {
        switch self {
        case .established: 1
        case .synSent: 2
        case .synRecv: 3
        case .finWait1: 4
        case .finWait2: 5
        case .timeWait: 6
        case .close, .unconnected: 7
        case .closeWait: 8
        case .lastAck: 9
        case .listen: 10
        case .closing: 11
        case .newSynRecv: 12
        case .boundInactive: 13
        }
    }

    /// Parses a state name case-insensitively; accepts `FIN-WAIT-1` style and `TIME-WAIT` too.
    public init?(name: String) {
        let normalized = name.uppercased().replacingDashes()
        let aliases = ["FIN_WAIT_1": "FIN_WAIT1", "FIN_WAIT_2": "FIN_WAIT2", "ESTAB": "ESTABLISHED", "LISTENING": "LISTEN", "UNCONN": "UNCONNECTED"]
        self.init(rawValue: aliases[normalized] ?? normalized)
    }
}

extension String {
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}

extension SocketState {
    /// Hashes the case, not its raw value (a raw-value enum's default hashes the string).
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Its position in `SocketState.allCases` (a switch: hashing the enum
    /// would hash its string raw value), for counters kept in arrays.
    public var ordinal: Int {
        switch self {
        case .established: 0
        case .synSent: 1
        case .synRecv: 2
        case .finWait1: 3
        case .finWait2: 4
        case .timeWait: 5
        case .close: 6
        case .closeWait: 7
        case .lastAck: 8
        case .listen: 9
        case .closing: 10
        case .newSynRecv: 11
        case .boundInactive: 12
        case .unconnected: 13
        }
    }
}
