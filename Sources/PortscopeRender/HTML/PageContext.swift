import PortscopeLocalization
import PortscopeSystem

/// How a page is delivered and in which language: served by `portscope serve` (its style
/// sheet and script are separate files under a strict Content-Security-Policy, links go to
/// other pages) or written as one self-contained file (style inline, no script, no links to
/// pages that do not exist next to it).
public struct PageContext: Sendable {
    public enum Delivery: Sendable, Hashable {
        case served
        case file
    }

    public var language: Language
    public var delivery: Delivery
    public var l: Localizer { Localizer(language) }

    public init(language: Language, delivery: Delivery) {
        self.language = language
        self.delivery = delivery
    }

    /// A link to a page of the server in this language; nil in a file.
    func link(_ path: String) -> String? {
        delivery == .served ? path + "?lang=" + language.rawValue : nil
    }

    /// The port page's path for `port` (`/ports/443`, `/ports/443/tcp`).
    public static func portPath(_ port: UInt16, protocolName: String? = nil) -> String {
        "/ports/\(port)" + (protocolName.map { "/" + $0 } ?? "")
    }

    /// `2026-12-01 16:53:12`, UTC.
    static func time(_ seconds: Double) -> String {
        let iso = WallClock.iso8601(seconds)
        return String(iso.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }
}

extension String {
    /// The string with every `target` replaced (no Foundation).
    func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
