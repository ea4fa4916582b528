import PortscopeLocalization
import PortscopeSockets

/// The answer to `why PORT`: can a service bind it here, and every reason that matters.
public struct BindDiagnosis: Sendable {
    public enum Verdict: String, Sendable {
        case free
        case freeButRisky = "free but risky"
        case blocked
    }

    /// How much a reason weighs.
    public enum Severity: String, Sendable, Comparable {
        /// Stops the bind.
        case blocker
        /// Free now, but something can take the port or break a restart.
        case risk
        /// Worth knowing; changes nothing.
        case info
        /// Confirms the port is usable.
        case ok

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.blocker, .risk, .info, .ok]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// One reason: what kind, how much it weighs, one sentence saying what to do.
    public struct Reason: Sendable {
        public enum Kind: String, Sendable {
            case inUse, noConflict, timeWait, privileged, reserved, ephemeral, registered, otherNamespace, forwarded, testBind
        }

        public var kind: Kind
        public var severity: Severity
        /// What the reason says, as facts.
        public var detail: BindReason
        /// The sockets the reason is about (holders, TIME_WAIT sockets).
        public var sockets: [InspectedSocket]

        /// The reason in English (`why`'s text and JSON).
        public var message: String { detail.text(.english) }

        public init(kind: Kind, severity: Severity, detail: BindReason, sockets: [InspectedSocket] = []) {
            self.kind = kind
            self.severity = severity
            self.detail = detail
            self.sockets = sockets
        }
    }

    /// What was tried for real.
    public struct TestBind: Sendable {
        public var attempt: BindAttempt
        /// Nil when it succeeded; the error's description otherwise.
        public var error: String?
        public var errorCode: Int32?
    }

    public var port: UInt16
    public var transport: SocketProtocol
    public var address: IPAddress
    public var verdict: Verdict
    /// Worst first.
    public var reasons: [Reason]
    public var testBinds: [TestBind]
}
