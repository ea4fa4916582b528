#if os(Linux)
#if canImport(Glibc)
import Glibc
#endif
import PortscopeSystem

/// The system's socket units, read from systemd's unit directories (a file name found in an
/// earlier directory hides later ones, as in systemd; `NAME.socket.d/*.conf` drop-ins follow).
///
/// `PORTSCOPE_SYSTEMD_UNIT_PATH` (directories separated by `:`, or `none`) replaces the search path.
public struct SocketUnitDirectory: Sendable {
    public static let systemPaths = ["/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system", "/usr/lib/systemd/system", "/lib/systemd/system"]

    public var paths: [String]

    public init(paths: [String]? = nil) {
        self.paths = paths ?? Environment.value("PORTSCOPE_SYSTEMD_UNIT_PATH").map { $0 == "none" ? [] : $0.split(separator: ":").map(String.init) } ?? Self.systemPaths
    }

    /// Every socket unit with an IP listener.
    public func units() -> [SocketUnit] {
        var seen = Set<String>()
        var units: [SocketUnit] = []
        for directory in paths {
            for name in Self.names(in: directory).sorted() where name.hasSuffix(".socket") && seen.insert(name).inserted {
                guard let main = try? SystemFile.readText(directory + "/" + name, sizeHint: 4096) else { continue }
                var texts = [main]
                for dropIns in paths {
                    let folder = dropIns + "/" + name + ".d"
                    for conf in Self.names(in: folder).sorted() where conf.hasSuffix(".conf") {
                        if let text = try? SystemFile.readText(folder + "/" + conf, sizeHint: 1024) { texts.append(text) }
                    }
                }
                if let unit = SocketUnitParser.parse(name: name, texts: texts) { units.append(unit) }
            }
        }
        return units
    }

    /// The entry names of `directory` (none when it cannot be read).
    static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
#endif
