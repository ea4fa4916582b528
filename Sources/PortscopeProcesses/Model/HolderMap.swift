/// Socket inode → the pids holding a descriptor on it, kept in two tables: the inodes with
/// one holder (nearly all) as plain numbers, the few with several as lists.
///
/// A dictionary of arrays made one allocation per socket (100,000 on a busy host, each
/// freed again with its snapshot); here a walk of every socket fills one table of numbers.
/// Reads like a `[UInt64: [Int32]]`: lists sorted and without repeats once
/// ``SocketOwners/normalize()`` ran; an inode is in one table only, and a list of one holder is
/// always kept as a number, so equal maps compare equal.
public struct HolderMap: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    private var single: [UInt64: Int32] = [:]
    private var several: [UInt64: [Int32]] = [:]

    public init() {}

    public init(_ holders: [UInt64: [Int32]]) {
        single.reserveCapacity(holders.count)
        for (inode, pids) in holders { self[inode] = pids }
    }

    public init(dictionaryLiteral elements: (UInt64, [Int32])...) {
        for (inode, pids) in elements { self[inode, default: []] += pids }
    }

    /// How many inodes have holders.
    public var count: Int { single.count + several.count }
    public var isEmpty: Bool { single.isEmpty && several.isEmpty }

    /// The inodes with holders.
    public var keys: [UInt64] { Array(single.keys) + Array(several.keys) }

    /// Makes room for `count` inodes of one holder.
    public mutating func reserveCapacity(_ count: Int) {
        single.reserveCapacity(count)
    }

    /// Whether any holder of `inode` is known (no list is made).
    public func contains(_ inode: UInt64) -> Bool {
        single[inode] != nil || (!several.isEmpty && several[inode] != nil)
    }

    /// Gives each holder of `inode` to `body` (no list is made).
    @inline(__always)
    public func forEachHolder(of inode: UInt64, _ body: (Int32) -> Void) {
        if let pid = single[inode] {
            body(pid)
        } else if !several.isEmpty, let pids = several[inode] {
            for pid in pids { body(pid) }
        }
    }

    /// Every holder of any inode, once.
    public var allHolders: Set<Int32> {
        var pids = Set(single.values)
        for list in several.values { pids.formUnion(list) }
        return pids
    }

    /// Adds `pid` to the holders of `inode` (at the end of its list: see ``normalize()``).
    @inline(__always)
    public mutating func append(_ pid: Int32, to inode: UInt64) {
        if !several.isEmpty, several[inode] != nil {
            several[inode]!.append(pid)
        } else if let first = single.updateValue(pid, forKey: inode), first != pid {
            single[inode] = nil
            several[inode] = [first, pid]
        }
    }

    /// The holders of `inode` (nil: none known). Setting an empty list or nil removes it.
    public subscript(inode: UInt64) -> [Int32]? {
        get {
            if let pid = single[inode] { return [pid] }
            return several.isEmpty ? nil : several[inode]
        }
        set {
            single[inode] = nil
            several[inode] = nil
            guard let pids = newValue, !pids.isEmpty else { return }
            if pids.count == 1 { single[inode] = pids[0] } else { several[inode] = pids }
        }
    }

    public subscript(inode: UInt64, default value: @autoclosure () -> [Int32]) -> [Int32] {
        get { self[inode] ?? value() }
        set { self[inode] = newValue }
    }

    /// Sorts each list and drops repeats (a list left with one holder becomes a number).
    public mutating func normalize() {
        guard !several.isEmpty else { return }
        for (inode, pids) in several {
            var unique: [Int32] = []
            unique.reserveCapacity(pids.count)
            for pid in pids.sorted() where unique.last != pid { unique.append(pid) }
            self[inode] = unique
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(single: single.makeIterator(), several: several.makeIterator())
    }

    /// The inodes of one holder, then those of several.
    public struct Iterator: IteratorProtocol {
        fileprivate var single: [UInt64: Int32].Iterator
        fileprivate var several: [UInt64: [Int32]].Iterator

        public mutating func next() -> (key: UInt64, value: [Int32])? {
            if let (inode, pid) = single.next() { return (inode, [pid]) }
            return several.next()
        }
    }
}
