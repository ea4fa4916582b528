import PortscopeTesting
import Testing
@testable import PortscopeHost

@Suite struct RegistryStoreTests {
    @Test func saveLoadRemove() throws {
        let dir = TemporaryDirectory()
        let store = RegistryStore(path: dir.path + "/nested/portscope/registry.txt")
        #expect(try store.load() == nil)
        try store.save("hello\n")
        #expect(try store.load() == "hello\n")
        try store.save("replaced\n")
        #expect(try store.load() == "replaced\n")
        #expect(try store.remove())
        #expect(try !store.remove())
    }

    @Test func unwritableLocationIsAClearError() {
        let store = RegistryStore(path: "/proc/portscope-cannot-write/registry.txt")
        #expect {
            try store.save("x")
        } throws: { error in
            (error as? HostError)?.description.contains("XDG_DATA_HOME") ?? false
        }
    }
}
