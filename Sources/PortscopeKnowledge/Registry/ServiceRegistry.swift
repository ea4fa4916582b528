import Synchronization

/// IANA's service name and port number registry, queried by port or by service name.
///
/// Backed by text in ``RegistryFormat``: the built-in copy generated from IANA's CSV, or a
/// newer copy the user stored with `portscope registry update`. Loading reads only the
/// header; a port query binary-searches the sorted text and decodes just the lines it returns.
public struct ServiceRegistry: Sendable {
    /// The header of the text this registry was loaded from.
    public let header: RegistryFormat.Header
    let storage: Storage

    /// Loads registry text, checking its header; ``validate()`` checks every line.
    public init(text: String) throws(KnowledgeError) {
        storage = try Storage(text: text)
        header = storage.header
    }

    /// The registry compiled into portscope (see `Generated/IANARegistryData.swift`).
    public static let builtin: ServiceRegistry = {
        do {
            return try ServiceRegistry(text: builtinText)
        } catch {
            preconditionFailure("the built-in registry is corrupt (\(error)); regenerate it with portscope-registry-gen")
        }
    }()

    /// Every entry covering `port`, in IANA's order, optionally for one protocol only.
    public func entries(for port: Port, transport: TransportProtocol? = nil) -> [ServiceEntry] {
        let all = storage.entries(for: port.rawValue)
        return transport.map { transport in all.filter { $0.transport == transport } } ?? all
    }

    /// Checks every line of the text; empty when the registry is sound.
    public func validate() -> [KnowledgeError] {
        storage.validate()
    }

    /// Every entry whose service name equals `name` (case-insensitive), in IANA's order.
    public func entries(named name: String) -> [ServiceEntry] {
        let wanted = Array(name.lowercased().utf8)
        var lines: [Range<Int>] = []
        storage.forEachLine { range, bytes in
            if Storage.serviceName(in: range, bytes, equals: wanted) { lines.append(range) }
        }
        return lines.flatMap { storage.decode($0) }
    }

    /// For each port 0–65535, whether the registry lists it as assigned or reserved for any
    /// of `transports` (one pass over the text, no entries decoded; then kept: the registry
    /// never changes, and pages and picks ask again and again).
    public func takenPorts(for transports: Set<TransportProtocol>) -> [Bool] {
        if let known = storage.taken.withLock({ $0[transports] }) { return known }
        let taken = scanTakenPorts(for: transports)
        storage.taken.withLock { $0[transports] = taken }
        return taken
    }

    func scanTakenPorts(for transports: Set<TransportProtocol>) -> [Bool] {
        let letters = Set(transports.map { UInt8(ascii: $0.letter.unicodeScalars.first!) })
        var taken = [Bool](repeating: false, count: 65536)
        storage.forEachLine { range, bytes in
            let status = Storage.fieldRange(2, in: range, bytes)
            guard status.count == 1, bytes[status.lowerBound] != UInt8(ascii: "u") else { return }
            let protocols = Storage.fieldRange(1, in: range, bytes)
            guard bytes[protocols].contains(where: letters.contains) else { return }
            // The port field as bytes: `N` or `N-M`, each 1–5 digits and at most 65535.
            let ports = Storage.fieldRange(0, in: range, bytes)
            var numbers: [Int] = []
            var value = -1
            for byte in bytes[ports] {
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    value = max(value, 0) * 10 + Int(byte - UInt8(ascii: "0"))
                    guard value <= 65535 else { return }
                } else if byte == UInt8(ascii: "-"), value >= 0, numbers.isEmpty {
                    numbers.append(value)
                    value = -1
                } else {
                    return
                }
            }
            guard value >= 0 else { return }
            numbers.append(value)
            guard numbers.count == 1 || numbers[0] <= numbers[1] else { return }
            for port in numbers[0]...numbers[numbers.count - 1] { taken[port] = true }
        }
        return taken
    }

    /// Every entry in the registry (tests, generators and exports).
    public func allEntries() -> [ServiceEntry] {
        var lines: [Range<Int>] = []
        storage.forEachLine { range, _ in lines.append(range) }
        return lines.flatMap { storage.decode($0) }
    }

    /// Up to `limit` service names close to `name`, as "name (port)", closest first.
    public func suggestions(for name: String, limit: Int = 4) -> [String] {
        NameSuggester.closest(to: name.lowercased(), among: storage.namesWithFirstPort(), limit: limit).map { match in
            match.port.map { "\(match.name) (\($0))" } ?? match.name
        }
    }
}

extension ServiceRegistry {
    /// The registry text and what is needed to search it without an index.
    ///
    /// Data lines are sorted by first port, so a port query is a binary search over byte
    /// offsets (like `look(1)`): loading costs nothing beyond reading the header, which
    /// keeps `portscope explain` as quick to start as `ss`.
    final class Storage: Sendable {
        let text: String
        /// ``takenPorts(for:)`` answers already computed, by protocol set.
        let taken = Mutex<[Set<TransportProtocol>: [Bool]]>([:])
        /// Each port's entries once decoded (an exporter names the same few hundred listening
        /// ports' services at every scrape; decoding them again cost 5 ms a scrape).
        private let decoded = Mutex<[UInt16: [ServiceEntry]]>([:])
        /// The most ports whose entries are kept.
        static let decodedLimit = 4096

        /// Every entry of `port`, decoded once and kept (up to ``decodedLimit`` ports).
        func entries(for port: UInt16) -> [ServiceEntry] {
            if let known = decoded.withLock({ $0[port] }) { return known }
            let entries = lines(covering: port).flatMap { decode($0) }
            decoded.withLock { kept in
                if kept.count < Self.decodedLimit { kept[port] = entries }
            }
            return entries
        }
        let header: RegistryFormat.Header
        /// Offset of the first data line.
        let dataStart: Int
        /// The widest range (last − first) of any line, to bound the backwards search.
        let maxSpan: Int

        init(text: String) throws(KnowledgeError) {
            var text = text
            text.makeContiguousUTF8()
            self.text = text
            let bytes = Array(text.utf8.prefix(4096))
            let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            guard let header = RegistryFormat.decodeHeader(Substring(String(decoding: bytes[..<end], as: UTF8.self))) else {
                throw .malformedRegistry(line: 1, reason: "missing \"\(RegistryFormat.magic) \(RegistryFormat.version)\" header")
            }
            self.header = header
            dataStart = min(end + 1, text.utf8.count)
            if let span = header.maxSpan {
                maxSpan = span
            } else {
                maxSpan = 65535
            }
        }

        /// Calls `body` with the UTF-8 bytes (contiguous: ensured at init).
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            text.utf8.withContiguousStorageIfAvailable(body)!
        }

        /// The byte ranges of the lines whose port range contains `port`, in file order.
        func lines(covering port: UInt16) -> [Range<Int>] {
            withBytes { bytes in
                let lower = upperBound(Int(port) - maxSpan - 1, bytes)
                let upper = upperBound(Int(port), bytes)
                var found: [Range<Int>] = []
                var start = lower
                while start < upper {
                    let end = lineEnd(start, bytes)
                    if let range = portRange(start, bytes), range.upperBound >= Int(port) {
                        found.append(start..<end)
                    }
                    start = end + 1
                }
                return found
            }
        }

        /// Calls `body` with every data line's byte range.
        func forEachLine(_ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
            withBytes { bytes in
                var start = dataStart
                while start < bytes.count {
                    let end = lineEnd(start, bytes)
                    if end > start, bytes[start] != UInt8(ascii: "#") { body(start..<end, bytes) }
                    start = end + 1
                }
            }
        }

        /// Decodes the line at `range`; a damaged line (only possible in a user's copy) decodes to nothing.
        func decode(_ range: Range<Int>) -> [ServiceEntry] {
            let line = withBytes { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
            return (try? RegistryFormat.decodeLine(Substring(line), number: 0)) ?? []
        }

        /// Checks every line; returns the problems found (line number and reason).
        func validate() -> [KnowledgeError] {
            var problems: [KnowledgeError] = []
            var number = 1
            var previous = -1
            forEachLine { range, bytes in
                number += 1
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                do {
                    let entries = try RegistryFormat.decodeLine(Substring(line), number: number)
                    let first = entries.first?.ports.map { Int($0.lowerBound) } ?? Int.max
                    if first < previous { problems.append(.malformedRegistry(line: number, reason: "lines are not sorted by port")) }
                    if let ports = entries.first?.ports, Int(ports.upperBound) - Int(ports.lowerBound) > maxSpan {
                        problems.append(.malformedRegistry(line: number, reason: "range wider than the header's maxspan"))
                    }
                    previous = first
                } catch let error as KnowledgeError {
                    problems.append(error)
                } catch {
                    problems.append(.malformedRegistry(line: number, reason: "\(error)"))
                }
            }
            return problems
        }

        /// The offset of the first line whose first port is greater than `port`; lines
        /// without a port sort last.
        private func upperBound(_ port: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var low = dataStart
            var high = bytes.count
            while low < high {
                let mid = low + (high - low) / 2
                let start = lineStart(atOrAfter: mid, bytes)
                if start >= high {
                    // No line starts in [mid, high): walk the few lines in [low, high).
                    var line = low
                    while line < high, firstPort(line, bytes) <= port { line = lineEnd(line, bytes) + 1 }
                    return min(line, high)
                }
                if firstPort(start, bytes) <= port {
                    low = lineEnd(start, bytes) + 1
                } else {
                    high = start
                }
            }
            return low
        }

        private func lineStart(atOrAfter offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if offset <= dataStart || bytes[offset - 1] == UInt8(ascii: "\n") { return max(offset, dataStart) }
            return lineEnd(offset, bytes) + 1
        }

        private func lineEnd(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var end = offset
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return end
        }

        /// The line's first port, or `Int.max` for a line without one (or with a number
        /// too long to be a port, from a damaged copy).
        private func firstPort(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var value = 0
            var index = start
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                guard index - start < 5 else { return Int.max }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            // A damaged line may carry a number no port can have; it then has no port.
            guard value <= Int(UInt16.max) else { return Int.max }
            return index == start ? Int.max : value
        }

        /// The line's port range (first...last), or nil for a line without one.
        private func portRange(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> ClosedRange<Int>? {
            let first = firstPort(start, bytes)
            guard first != Int.max else { return nil }
            var index = start
            while index < bytes.count, bytes[index] != UInt8(ascii: "-"), bytes[index] != UInt8(ascii: "\t") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return first...first }
            let last = firstPort(index + 1, bytes)
            return last == Int.max || last < first ? first...first : first...last
        }

        /// Whether field 3 (the service name) of the line equals `wanted` (lowercase ASCII), ignoring case.
        static func serviceName(in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, equals wanted: [UInt8]) -> Bool {
            let field = fieldRange(3, in: range, bytes)
            guard field.count == wanted.count, !wanted.isEmpty else { return false }
            var position = field.lowerBound
            for byte in wanted {
                var candidate = bytes[position]
                if candidate >= UInt8(ascii: "A"), candidate <= UInt8(ascii: "Z") { candidate += 32 }
                if candidate != byte { return false }
                position += 1
            }
            return true
        }

        /// The byte range of field `n` (0-based) within the line at `range`.
        static func fieldRange(_ n: Int, in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            var start = range.lowerBound
            var remaining = n
            while remaining > 0, start < range.upperBound {
                if bytes[start] == UInt8(ascii: "\t") { remaining -= 1 }
                start += 1
            }
            var stop = start
            while stop < range.upperBound, bytes[stop] != UInt8(ascii: "\t") { stop += 1 }
            return start..<stop
        }

        /// Unique lowercased service names with the first port each is registered on.
        func namesWithFirstPort() -> [(name: String, port: UInt16?)] {
            var seen: Set<String> = []
            var result: [(name: String, port: UInt16?)] = []
            forEachLine { range, bytes in
                let field = Storage.fieldRange(3, in: range, bytes)
                guard !field.isEmpty else { return }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self).lowercased()
                if seen.insert(name).inserted {
                    result.append((name, portRange(range.lowerBound, bytes).flatMap { UInt16(exactly: $0.lowerBound) }))
                }
            }
            return result
        }
    }
}
