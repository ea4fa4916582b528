import PortscopeSockets

/// Something that happened to a socket while `watch` was looking.
public struct WatchEvent: Sendable {
    public enum Kind: String, Sendable {
        case opened, closed, state
    }

    /// Wall-clock time in seconds since 1970.
    public var time: Double
    public var kind: Kind
    public var socket: InspectedSocket
    /// For `state`: the state before.
    public var previousState: SocketState?
    /// For `opened`: the socket already existed when watching started.
    public var initial: Bool
    /// `sample` (seen by polling sock_diag) or `destroy` (a kernel destroy notification).
    public var source: String
    /// For `closed` (and the change to TIME_WAIT): seconds from when the socket was first
    /// seen; nil when it lived between two samples.
    public var lifetime: Double?
    /// The socket was already there when watching started: it lived at least `lifetime`.
    public var lifetimeAtLeast = false

    public init(time: Double, kind: Kind, socket: InspectedSocket, previousState: SocketState? = nil, initial: Bool = false, source: String) {
        self.time = time
        self.kind = kind
        self.socket = socket
        self.previousState = previousState
        self.initial = initial
        self.source = source
    }
}

/// How many times a port was seen in the last minute, and by which processes.
public struct PortActivity: Sendable, Equatable {
    public var port: UInt16
    public var count: Int
    /// (process name, count), most first; "unknown" when no process could be attributed.
    public var byProcess: [ProcessCount]

    public struct ProcessCount: Sendable, Equatable {
        public var name: String
        public var count: Int
    }
}
