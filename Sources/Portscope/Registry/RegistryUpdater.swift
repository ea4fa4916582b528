import PortscopeHost
import PortscopeKnowledge

/// Refreshes the user's registry copy from a newer IANA CSV (a file or a URL).
public struct RegistryUpdater: Sendable {
    public var store: RegistryStore
    public var downloader: Downloader

    public init(store: RegistryStore = .default, downloader: Downloader = Downloader()) {
        self.store = store
        self.downloader = downloader
    }

    /// What an update did.
    public struct Report: Sendable {
        public var path: String
        public var rows: Int
        public var entries: Int
        public var updated: String
        /// The IANA date of the registry that was in effect before.
        public var previousUpdated: String
        /// (port, protocol, service) assignments added and removed compared with that registry.
        public var added: Int
        public var removed: Int
        /// A few of the removed assignments (`8080/tcp http-alt`), for the report.
        public var removedExamples: [String]
        /// The assignments of the registry in use before.
        public var previousAssignments: Int
    }

    /// The share of the previous assignments an update may drop without `force`: IANA
    /// removes a few dozen a year; a truncated or wrong file drops most of them.
    public static let allowedLoss = 0.02

    /// Reads `source` (a path, or an http(s) URL), checks it is IANA's CSV, and stores it.
    /// Nothing is stored (the copy in use stays) when the file is not IANA's CSV, has
    /// damaged lines, or, without `force`, drops more than ``allowedLoss`` of the
    /// assignments of `previous`.
    public func update(from source: String, previous: ServiceRegistry, force: Bool = false) throws(PortscopeError) -> Report {
        let csv: String
        do {
            if source.hasPrefix("http://") || source.hasPrefix("https://") {
                csv = try downloader.fetch(source)
            } else {
                csv = try HostFiles.readText(source)
            }
        } catch {
            throw .host(error)
        }
        let rows: [IANACSV.Row]
        do {
            rows = try IANACSV.parse(csv)
        } catch {
            throw .badRegistryData(source: source, error)
        }
        let text = RegistryFormat.encode(rows, source: source)
        let registry: ServiceRegistry
        do {
            registry = try ServiceRegistry(text: text)
        } catch {
            throw .badRegistryData(source: source, error)
        }
        if let problem = registry.validate().first {
            throw .badRegistryData(source: source, problem)
        }
        let before = Self.assignments(previous)
        let after = Self.assignments(registry)
        let removed = before.subtracting(after)
        let examples = Array(removed.sorted().prefix(5))
        if !force, Double(removed.count) > Double(before.count) * Self.allowedLoss {
            throw .registryShrinks(source: source, removed: removed.count, of: before.count, examples: examples)
        }
        do {
            try store.save(text)
        } catch {
            throw .host(error)
        }
        return Report(
            path: store.path, rows: rows.count, entries: rows.reduce(0) { $0 + $1.entries.count },
            updated: registry.header.updated, previousUpdated: previous.header.updated,
            added: after.subtracting(before).count, removed: removed.count, removedExamples: examples,
            previousAssignments: before.count
        )
    }

    /// Every assigned (port, protocol, service) triple, for comparing two registries.
    static func assignments(_ registry: ServiceRegistry) -> Set<String> {
        var set: Set<String> = []
        for entry in registry.allEntries() where entry.status == .assigned {
            guard let ports = entry.ports, let service = entry.service else { continue }
            let range = ports.lowerBound == ports.upperBound ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
            set.insert("\(range)/\(entry.transport.rawValue) \(service)")
        }
        return set
    }
}
