import FoundationEssentials
import PortscopeHost
import PortscopeProcesses
import PortscopeSockets

/// The listeners of a host at one moment, saved by `portscope ls --save` and compared by
/// `portscope diff` and `serve --baseline` (docs/baseline.md).
///
/// A listener is keyed by protocol, address and port, and described by the programs that
/// hold it: executable path, systemd unit, container. Never by pid, so a restart is not drift.
public struct ListenerBaseline: Codable, Sendable, Equatable {
    /// Always ``formatName``: tells a baseline from other JSON.
    public var format: String
    /// The format's version (``currentVersion``).
    public var version: Int
    /// The host it was taken on (a note for people; not compared).
    public var host: String
    /// When it was taken (ISO 8601, UTC).
    public var created: String
    /// The protocols it covers (`tcp`, `udp`).
    public var protocols: [String]
    /// Ports, ranges and programs to leave out of comparisons (``ListenerPattern``).
    public var ignore: [String]
    /// The listeners, sorted by protocol, port and address.
    public var listeners: [Listener]

    public static let formatName = "portscope-baseline"
    public static let currentVersion = 1

    /// One listening address: a TCP LISTEN socket or a bound, unconnected UDP socket (several
    /// sockets on the same address, with `SO_REUSEPORT`, are one listener).
    public struct Listener: Codable, Sendable, Hashable, Comparable {
        /// `tcp` or `udp`.
        public var `protocol`: String
        /// The local address: `0.0.0.0`, `::` (IPv6 only), `*` (IPv6 and IPv4), `127.0.0.1`, ….
        public var address: String
        public var port: UInt16
        /// The programs holding it, sorted; empty when they could not be read (see `owner`).
        public var programs: [Program]
        /// `known`; `hidden` when its processes could not be read (not root), `unknown` when
        /// they were read but none had a readable program (a kernel socket, a process that
        /// exited mid-scan): only the address is recorded, and its programs are not compared.
        public var owner: String

        public init(protocol: String, address: String, port: UInt16, programs: [Program], owner: String = "known") {
            self.protocol = `protocol`
            self.address = address
            self.port = port
            self.programs = programs
            self.owner = owner
        }

        /// What identifies the listener: protocol, address and port.
        public var key: Key { Key(protocol: `protocol`, address: address, port: port) }

        /// `tcp *:8080`.
        public var description: String {
            "\(`protocol`) \(address.contains(":") ? "[\(address)]" : address):\(port)"
        }

        public static func < (a: Listener, b: Listener) -> Bool {
            (a.protocol, a.port, a.address) < (b.protocol, b.port, b.address)
        }
    }

    /// A listener's identity in a baseline.
    public struct Key: Sendable, Hashable {
        public var `protocol`: String
        public var address: String
        public var port: UInt16
    }

    /// What holds a listener, as far as it survives a restart: the program file, the systemd
    /// unit and the container (each null when unknown or not applicable).
    public struct Program: Codable, Sendable, Hashable, Comparable {
        /// `/proc/PID/exe` (without ` (deleted)`: an upgraded binary is the same program).
        public var exe: String?
        /// The systemd unit (`nginx.service`; a user manager's unit as `user@1000:NAME`).
        public var unit: String?
        /// The container's name, else its image, else `runtime:short-id`.
        public var container: String?

        public init(exe: String?, unit: String?, container: String?) {
            self.exe = exe
            self.unit = unit
            self.container = container
        }

        /// The program of a process record.
        public init(_ process: ProcessRecord) {
            exe = process.executable
            unit = process.unit.map { unit in unit.userManager.map { "user@\($0):\(unit.name)" } ?? unit.name }
            container = process.container.map { $0.name ?? $0.image ?? "\($0.runtime):\($0.shortID)" }
            if container != nil, unit?.hasSuffix(".scope") == true { unit = nil } // the container's scope, renamed each start
        }

        /// `/usr/sbin/nginx (unit nginx.service)`.
        public var description: String {
            var parts: [String] = []
            if let container { parts.append("container \(container)") }
            if let unit { parts.append("unit \(unit)") }
            let what = exe ?? "unknown program"
            return parts.isEmpty ? what : "\(what) (\(parts.joined(separator: ", ")))"
        }

        public static func < (a: Program, b: Program) -> Bool {
            (a.exe ?? "", a.unit ?? "", a.container ?? "") < (b.exe ?? "", b.unit ?? "", b.container ?? "")
        }
    }

    public init(host: String, created: String, protocols: [String], ignore: [String], listeners: [Listener]) {
        format = Self.formatName
        version = Self.currentVersion
        self.host = host
        self.created = created
        self.protocols = protocols
        self.ignore = ignore
        self.listeners = listeners.sorted()
    }

    /// The listeners of a `ls` report (pure): sockets on the same address merged, programs
    /// deduplicated and sorted.
    public static func listeners(of sockets: [InspectedSocket]) -> [Listener] {
        var merged: [Key: Listener] = [:]
        for socket in sockets where socket.entry.isListening && socket.namespace == nil {
            let e = socket.entry
            let address = e.family == .ipv6 && e.local.address.isUnspecified && e.v6Only == false ? "*" : e.local.address.description
            let key = Key(protocol: e.transport.rawValue, address: address, port: e.local.port)
            var listener = merged[key] ?? Listener(protocol: key.protocol, address: address, port: key.port, programs: [], owner: "known")
            if socket.owner == .hidden {
                listener.owner = "hidden"
            } else {
                // A process that exited mid-scan says nothing about the program: left out.
                let programs = socket.processes.map(Program.init).filter { $0.exe != nil || $0.unit != nil || $0.container != nil }
                listener.programs = Array(Set(listener.programs + programs)).sorted()
            }
            merged[key] = listener
        }
        return merged.values.map { listener in
            var listener = listener
            if listener.owner == "hidden" { listener.programs = [] }
            if listener.owner == "known", listener.programs.isEmpty { listener.owner = "unknown" }
            return listener
        }.sorted()
    }

    /// The baseline as pretty-printed JSON, keys sorted, ending in a newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return Array(data) + [10]
    }

    /// Reads a baseline written by ``encoded()``; the error says what is wrong with it.
    public static func decode(_ bytes: [UInt8]) throws(BaselineError) -> ListenerBaseline {
        let baseline: ListenerBaseline
        do {
            baseline = try JSONDecoder().decode(ListenerBaseline.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .malformed("the field \"\(key.stringValue)\" is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .malformed("\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type")
        } catch {
            throw .malformed("it is not JSON")
        }
        guard baseline.format == formatName else { throw .malformed("its \"format\" is \"\(baseline.format)\", not \"\(formatName)\"") }
        guard baseline.version <= currentVersion else {
            throw .malformed("it is version \(baseline.version) of the format; this portscope reads version \(currentVersion) (upgrade portscope)")
        }
        for pattern in baseline.ignore {
            if case let .failure(error) = ListenerPattern.parse(pattern) { throw error }
        }
        return baseline
    }
}

/// What is wrong with a baseline file or an ignore pattern.
public enum BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a portscope baseline.
    case malformed(String)
    /// An `--ignore` pattern cannot be read.
    case badPattern(String, reason: String)

    public var description: String {
        switch self {
        case let .malformed(reason): "not a portscope baseline: \(reason) (make one with `portscope ls --save FILE`)"
        case let .badPattern(pattern, reason): "cannot read the ignore pattern '\(pattern)': \(reason); use PORT, LOW-HIGH or ephemeral, each optionally /tcp or /udp, or exe:GLOB"
        }
    }
}

extension ListenerBaseline {
    /// Why a baseline file could not be used.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        /// The file could not be read (exit 66 in the CLI).
        case unreadable(HostError)
        /// It was read but is not a baseline (exit 65).
        case malformed(path: String, BaselineError)

        public var description: String {
            switch self {
            case let .unreadable(error): error.description
            case let .malformed(path, error): "\(path): \(error)"
            }
        }
    }

    /// Reads and checks the baseline file at `path`.
    public static func load(_ path: String) throws(LoadError) -> ListenerBaseline {
        let text: String
        do {
            text = try HostFiles.readText(path, limit: 64 << 20)
        } catch {
            throw .unreadable(error)
        }
        do {
            return try decode(Array(text.utf8))
        } catch {
            throw .malformed(path: path, error)
        }
    }

    /// The differences between this baseline and `listeners` (its own ignore patterns
    /// plus `extraIgnore` applied).
    public func compare(with listeners: [Listener], extraIgnore: [ListenerPattern] = [], ephemeral: ClosedRange<UInt16>) -> BaselineDiff {
        let own = (try? ListenerPattern.parse(ignore).get()) ?? []
        return BaselineDiff.compare(baseline: self.listeners, current: listeners, ignore: own + extraIgnore, ephemeral: ephemeral)
    }
}
