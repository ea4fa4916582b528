import PortscopeLocalization

/// The three port ranges of RFC 6335 §6: system, user and dynamic.
public enum IANARange: String, CaseIterable, Sendable, Codable {
    /// 0–1023, assigned by IETF Review or IESG Approval.
    case system
    /// 1024–49151, assigned by IETF Review, IESG Approval or Expert Review.
    case user
    /// 49152–65535, never assigned: for private use and ephemeral ports.
    case dynamic

    public var first: Port {
        switch self {
        case .system: Port(0)
        case .user: Port(1024)
        case .dynamic: Port(49152)
        }
    }

    public var last: Port {
        switch self {
        case .system: Port(1023)
        case .user: Port(49151)
        case .dynamic: Port(65535)
        }
    }

    /// The range that contains `port`.
    public static func containing(_ port: Port) -> IANARange {
        switch port.rawValue {
        case 0...1023: .system
        case 1024...49151: .user
        default: .dynamic
        }
    }

    /// The RFC 6335 name of the range, e.g. "System Ports".
    public var title: String { title(.english) }

    /// What the range means, in one sentence.
    public var meaning: String { meaning(.english) }

    /// The range's name in `l`'s language.
    public func title(_ l: Localizer) -> String {
        switch self {
        case .system: l(.rangeSystemTitle)
        case .user: l(.rangeUserTitle)
        case .dynamic: l(.rangeDynamicTitle)
        }
    }

    /// What the range means, in `l`'s language.
    public func meaning(_ l: Localizer) -> String {
        switch self {
        case .system: l(.rangeSystemMeaning)
        case .user: l(.rangeUserMeaning)
        case .dynamic: l(.rangeDynamicMeaning)
        }
    }
}
