import PortscopeProcesses
import Testing

/// The holder map reads exactly like the dictionary of lists it replaces.
@Suite struct HolderMapTests {
    /// A fixed-seed generator (SplitMix64): the same operations on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func normalized(_ model: [UInt64: [Int32]]) -> [UInt64: [Int32]] {
        model.mapValues { pids in
            var unique: [Int32] = []
            for pid in pids.sorted() where unique.last != pid { unique.append(pid) }
            return unique
        }
    }

    static func check(_ map: HolderMap, _ model: [UInt64: [Int32]]) {
        #expect(map.count == model.count && map.isEmpty == model.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == model)
        #expect(Set(map.keys) == Set(model.keys) && map.keys.count == model.count)
        #expect(map.allHolders == Set(model.values.joined()))
        for inode in UInt64(0)..<40 {
            #expect(map[inode] == model[inode], "inode \(inode)")
            #expect(map.contains(inode) == (model[inode] != nil))
            var visited: [Int32] = []
            map.forEachHolder(of: inode) { visited.append($0) }
            #expect(visited == (model[inode] ?? []))
        }
    }

    @Test func readsAsADictionaryOfLists() {
        var generator = Generator(state: 16)
        var map = HolderMap()
        var model: [UInt64: [Int32]] = [:]
        for step in 0..<3_000 {
            let inode = UInt64.random(in: 0..<40, using: &generator)
            let pid = Int32.random(in: 1...6, using: &generator)
            switch step % 7 {
            case 0, 1, 2, 3:
                // A repeated pid is kept once (a process with two descriptors on one socket).
                map.append(pid, to: inode)
                if model[inode] != [pid] { model[inode, default: []].append(pid) }
            case 4:
                let list = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int32.random(in: 1...6, using: &generator) }
                map[inode] = list
                model[inode] = list.isEmpty ? nil : list
            case 5:
                map[inode] = nil
                model[inode] = nil
            default:
                map.normalize()
                model = Self.normalized(model)
                // Equal maps compare equal however they were made.
                #expect(map == HolderMap(model))
            }
            if step % 100 == 99 { Self.check(map, model) }
        }
        map.normalize()
        Self.check(map, Self.normalized(model))
    }

    @Test func literalsAndEquality() {
        let map: HolderMap = [1: [10], 2: [11, 10], 3: []]
        #expect(map[1] == [10] && map[2] == [11, 10] && map[3] == nil && map.count == 2)
        var sorted = map
        sorted.normalize()
        #expect(sorted[2] == [10, 11] && sorted != map)
        var shrunk = sorted
        shrunk[2] = [10]
        #expect(shrunk == [1: [10], 2: [10]])
    }
}
