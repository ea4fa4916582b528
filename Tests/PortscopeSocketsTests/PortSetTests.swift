import Testing
import PortscopeSockets

@Suite struct PortSetTests {
    @Test func membershipAtEveryWordEdge() {
        let ports: [UInt16] = [0, 1, 63, 64, 127, 128, 1023, 1024, 32768, 65534, 65535]
        var set = PortSet()
        #expect(set.isEmpty && set.count == 0)
        for port in ports { set.insert(port) }
        set.insert(64) // twice: still one
        #expect(set.count == ports.count && !set.isEmpty)
        for port in UInt16.min...UInt16.max {
            #expect(set.contains(port) == ports.contains(port), "port \(port)")
        }
        #expect(PortSet(ports) == set)
    }
}
