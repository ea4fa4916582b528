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
    }

    /// Reads `source` (a path, or an http(s) URL), checks it is IANA's CSV, and stores it.
    public func update(from source: String, previous: ServiceRegistry) throws(PortscopeError) -> Report {
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
        do {
            try store.save(text)
        } catch {
            throw .host(error)
        }
        let before = Self.assignments(previous)
        let after = Self.assignments(registry)
        return Report(
            path: store.path, rows: rows.count, entries: rows.reduce(0) { $0 + $1.entries.count },
            updated: registry.header.updated, previousUpdated: previous.header.updated,
            added: after.subtracting(before).count, removed: before.subtracting(after).count
        )
    }

    /// Every assigned (port, protocol, service) triple, for comparing two registries.
    static func assignments(_ registry: ServiceRegistry) -> Set<String> {
        var set: Set<String> = []
        for entry in registry.allEntries() where entry.status == .assigned {
            guard let ports = entry.ports, let service = entry.service else { continue }
            set.insert("\(ports.lowerBound)-\(ports.upperBound)/\(entry.transport.rawValue)/\(service)")
        }
        return set
    }
}
