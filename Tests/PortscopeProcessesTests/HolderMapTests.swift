import PortscopeProcesses
import PortscopeTesting
import Testing

/// The holder map reads exactly like the dictionary of lists it replaces.
@Suite struct HolderMapTests {
    static func normalized(_ model: [UInt64: [Int32]]) -> [UInt64: [Int32]] {
        model.mapValues { pids in
            var unique: [Int32] = []
            for pid in pids.sorted() where unique.last != pid { unique.append(pid) }
            return unique
        }
    }

    static func check(_ map: HolderMap, _ model: [UInt64: [Int32]], seed: UInt64) {
        #expect(map.count == model.count && map.isEmpty == model.isEmpty, "seed \(seed)")
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == model)
        #expect(Set(map.keys) == Set(model.keys) && map.keys.count == model.count)
        #expect(map.allHolders == Set(model.values.joined()))
        for inode in UInt64(0)..<40 {
            #expect(map[inode] == model[inode], "inode \(inode), seed \(seed)")
            #expect(map.contains(inode) == (model[inode] != nil))
            var visited: [Int32] = []
            map.forEachHolder(of: inode) { visited.append($0) }
            #expect(visited == (model[inode] ?? []))
        }
    }

    @Test func readsAsADictionaryOfLists() {
        var generator = SeededGenerator()
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
                #expect(map == HolderMap(model), "seed \(generator.seed)")
            }
            if step % 100 == 99 { Self.check(map, model, seed: generator.seed) }
        }
        map.normalize()
        Self.check(map, Self.normalized(model), seed: generator.seed)
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
